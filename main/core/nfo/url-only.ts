// Provider ids from the URLs in an NFO: a "parsing NFO" that holds only a link (what Sonarr and
// scene releases write), or the URL line Kodi allows after the XML.

export interface ProviderLink {
  url: string;
  type: string;
  id: string | null;
}

const HOSTS = 'themoviedb\\.org|thetvdb\\.com|imdb\\.com|anilist\\.co|anidb\\.net|myanimelist\\.net|tvmaze\\.com';
// A provider host as a whole name (not "notimdb.com.evil"), with or without scheme and path.
const LINK = new RegExp(`(?<![\\w.-])(?:https?://)?(?:[a-z0-9-]+\\.)*(?:${HOSTS})(?![\\w.-])(?:[/?#][^\\s<>"'\\]\\[{}|\\\\^\`]*)?`, 'gi');

interface Rule {
  host: RegExp;
  type: string;
  id(url: URL): string | null | undefined;
}

const RULES: Rule[] = [
  { host: /(^|\.)themoviedb\.org$/, type: 'tmdb', id: (u) => /^(?:\/3)?\/(?:tv|movie)\/(\d+)/.exec(u.pathname)?.[1] },
  {
    host: /(^|\.)thetvdb\.com$/,
    type: 'tvdb',
    id: (u) =>
      (/^\/(?:index\.php)?$/.test(u.pathname) && /^\d+$/.test(u.searchParams.get('id') ?? '') ? u.searchParams.get('id') : null) ??
      // /series/81189, /dereferrer/series/81189, /api/<key>/series/81189/all/en.zip
      /\/series\/(\d+)(?:[/.]|$)/.exec(u.pathname)?.[1],
  },
  { host: /(^|\.)imdb\.com$/, type: 'imdb', id: (u) => /^\/title\/(tt\d+)/.exec(u.pathname)?.[1] },
  { host: /(^|\.)anilist\.co$/, type: 'anilist', id: (u) => /^\/anime\/(\d+)/.exec(u.pathname)?.[1] },
  {
    host: /(^|\.)anidb\.net$/,
    type: 'anidb',
    id: (u) => /^\/(?:anime\/|a)(\d+)/.exec(u.pathname)?.[1] ?? (u.searchParams.get('show') === 'anime' ? u.searchParams.get('aid') : null),
  },
  { host: /(^|\.)myanimelist\.net$/, type: 'myanimelist', id: (u) => /^\/anime\/(\d+)/.exec(u.pathname)?.[1] },
  { host: /(^|\.)tvmaze\.com$/, type: 'tvmaze', id: (u) => /^\/shows\/(\d+)/.exec(u.pathname)?.[1] },
];

/** Every provider link in `text`, in order; `id` is null when the URL names no id (a slug). */
export function findProviderLinks(text: string): ProviderLink[] {
  const links: ProviderLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const raw = match[0].replace(/[.,;:)!?]+$/, '');
    let url: URL;
    try {
      url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    } catch {
      continue;
    }
    const host = url.hostname.toLowerCase();
    const rule = RULES.find((r) => r.host.test(host));
    if (!rule) continue;
    const id = rule.id(url);
    links.push({ url: raw, type: rule.type, id: id && /^(tt)?\d{1,12}$/.test(id) ? id : null });
  }
  return links;
}

/** The ids those links name, first link of each type winning. */
export function idsFromLinks(links: readonly ProviderLink[]): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const link of links) if (link.id && !(link.type in ids)) ids[link.type] = link.id;
  return ids;
}

/** True when the text has nothing but provider links, whitespace and punctuation. */
export function isOnlyLinks(text: string): boolean {
  return text.replace(LINK, '').replace(/[\s.,;:|/\\()[\]<>"'-]/g, '') === '';
}

/**
 * Keeps provider links in step with changed ids: Kodi scrapes the page a link names, so a link
 * to the old id would bring the old show back. A link whose provider id was removed is dropped.
 */
export function retargetLinks(text: string, ids: ReadonlyMap<string, string>): string {
  const lines = text.split(/\r?\n/).flatMap((line) => {
    let out = line;
    for (const link of findProviderLinks(line)) {
      const wanted = ids.get(link.type);
      if (wanted === undefined || link.id === null || link.id === wanted) continue;
      if (wanted === '') return [];
      const idAt = link.url.lastIndexOf(link.id);
      out = out.replace(link.url, link.url.slice(0, idAt) + wanted + link.url.slice(idAt + link.id.length));
    }
    return [out];
  });
  return lines.join('\n');
}
