import { findProviderLinks, idsFromLinks } from './url-only';
import type { NfoProblem } from './types';
import { attrOf, childElements, firstChild, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** `<namedseason number="N">Name</namedseason>` → { N: Name }. */
export function readNamedSeasons(show: XmlElement): Record<number, string> {
  const seasons: Record<number, string> = {};
  for (const named of childElements(show, 'namedseason')) {
    const number = (attrOf(named, 'number') ?? '').trim();
    const name = textOf(named);
    if (/^\d{1,4}$/.test(number) && name !== '' && !(Number(number) in seasons)) seasons[Number(number)] = name;
  }
  return seasons;
}

/**
 * Provider ids in `<episodeguide>`: Kodi 19+ writes a JSON map ({"tvdb":"81189","tmdb":"1396"});
 * older files hold one or more `<url>` elements pointing at a provider's API.
 */
export function readEpisodeGuide(show: XmlElement, problems: NfoProblem[]): Record<string, string> {
  const guide = firstChild(show, 'episodeguide');
  if (!guide) return {};
  const urls = childElements(guide, 'url');
  if (urls.length > 0) {
    return idsFromLinks(findProviderLinks(urls.map((u) => textOf(u)).join('\n')).concat(apiIds(urls)));
  }
  const text = textOf(guide);
  if (!text.startsWith('{')) return idsFromLinks(findProviderLinks(text));
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a map');
    const ids = new Map<string, string>();
    for (const [type, value] of Object.entries(parsed)) {
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') ids.set(type.toLowerCase(), String(value).trim());
    }
    return Object.fromEntries(ids);
  } catch {
    problems.push({ code: 'NFO_VALUE', message: 'The <episodeguide> is not a readable JSON map of ids; Anishelf can write a new one when it saves the show.' });
    return {};
  }
}

// The TVDB v2 login URL Kodi's scrapers wrote: https://api.thetvdb.com/login?{"apikey":"…","id":81189}|…
function apiIds(urls: XmlElement[]) {
  const links = [];
  for (const url of urls) {
    const id = /thetvdb\.com\/login\?.*?"id"\s*:\s*"?(\d+)/.exec(textOf(url))?.[1];
    if (id) links.push({ url: textOf(url), type: 'tvdb', id });
  }
  return links;
}
