import { decodeNfoBytes } from './decode';
import { readResultOf } from './details-copy';
import { MAX_NFO_BYTES } from './guard';
import { parseNfoXml } from './parse-xml';
import { readDetails } from './read-details';
import { readEpisodeGuide, readNamedSeasons } from './read-tvshow';
import type { NfoDetails, NfoKind, NfoProblem, NfoReadResult } from './types';
import { childElements } from './xml-tree';
import type { XmlElement } from './xml-tree';
import { findProviderLinks, idsFromLinks, isOnlyLinks } from './url-only';

// Tells an empty file without copying its text, as trim() would.
const NOT_SPACE = /\S/;

const ROOT_KINDS = new Map<string, NfoKind>([
  ['tvshow', 'tvshow'],
  ['episodedetails', 'episodedetails'],
  ['movie', 'movie'],
]);

/**
 * Reads a Kodi NFO (tvshow.nfo, an episode's NFO, a movie NFO, or a URL-only NFO) from its text
 * or bytes. Pure and synchronous; never throws on bad content: what could not be read is listed
 * in `problems`, and everything that could be read is returned.
 */
export function parseNfo(input: string | Uint8Array): NfoReadResult {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_NFO_BYTES) return tooLargeResult(size);
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), problems: [] } : decodeNfoBytes(input);
  const problems: NfoProblem[] = [...decoded.problems];
  if (!NOT_SPACE.test(decoded.text)) {
    return emptyResult('unknown', [...problems, { code: 'NFO_EMPTY', message: 'The file is empty; delete it or let Anishelf write a new one.' }]);
  }
  const xml = parseNfoXml(decoded.text);
  problems.push(...xml.problems);
  const links = findProviderLinks(xml.tail);
  const urls = links.map((l) => l.url);
  const linkIds = idsFromLinks(links);

  const [first, ...others] = xml.roots;
  if (!first) {
    if (links.length === 0) {
      if (!problems.some((p) => p.code !== 'NFO_ENCODING')) {
        problems.push({ code: 'NFO_INVALID', message: 'The file is neither Kodi XML nor a link to a provider page; replace it or let Anishelf write a new one.' });
      }
      return emptyResult('unknown', problems);
    }
    // A "parsing NFO": scene release notes or a single link. Odd bytes around the link do not matter.
    const result = emptyResult('url-only', problems.filter((p) => p.code !== 'NFO_ENCODING'));
    const firstId = links.find((l) => l.id);
    return { ...result, urls, uniqueIds: linkIds, defaultUniqueId: firstId ? { type: firstId.type, value: firstId.id! } : null };
  }

  let kind = ROOT_KINDS.get(first.name.toLowerCase()) ?? 'unknown';
  let episodeElements = kind === 'episodedetails' ? xml.roots.filter((r) => r.name.toLowerCase() === 'episodedetails') : [];
  if (first.name.toLowerCase() === 'episodes') {
    episodeElements = childElements(first, 'episodedetails');
    kind = episodeElements.length > 0 ? 'episodedetails' : 'unknown';
  }
  if (kind === 'unknown') {
    problems.push({ code: 'NFO_INVALID', message: `The file's root element is <${first.name}>, not <tvshow>, <episodedetails> or <movie>, so Anishelf cannot use it.` });
  } else if (others.some((r) => kind !== 'episodedetails' || r.name.toLowerCase() !== 'episodedetails')) {
    problems.push({ code: 'NFO_INVALID', message: `The file has more than one root element (${xml.roots.map((r) => `<${r.name}>`).join(', ')}); only the first was read.` });
  }
  if (xml.tail.trim() !== '' && !isOnlyLinks(xml.tail)) {
    problems.push({ code: 'NFO_INVALID', message: `The file has unreadable data after </${xml.roots[xml.roots.length - 1]!.name}>; what came before it was read, so remove the extra data in a text editor.` });
  }

  const main: XmlElement = episodeElements[0] ?? first;
  const episodes = episodeElements.map((el) => readDetails(el, problems));
  const details = episodes[0] ?? readDetails(main, problems);
  const episodeGuide = kind === 'tvshow' ? readEpisodeGuide(main, problems) : {};
  // The episode guide and links name the same ids; they only fill providers the file lacks.
  const uniqueIds = new Map(Object.entries(details.uniqueIds));
  for (const [type, id] of [...Object.entries(episodeGuide), ...Object.entries(linkIds)]) if (!uniqueIds.has(type)) uniqueIds.set(type, id);
  return readResultOf(details, Object.fromEntries(uniqueIds), {
    kind,
    namedSeasons: kind === 'tvshow' ? readNamedSeasons(main) : {},
    episodeGuide,
    episodes: kind === 'episodedetails' ? episodes : [],
    urls,
    problems,
  });
}

export function tooLargeResult(size: number): NfoReadResult {
  const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return emptyResult('unknown', [
    { code: 'NFO_TOO_LARGE', message: `The file is ${mb(size)}, over the ${mb(MAX_NFO_BYTES)} an NFO may have, so it was not read; it is not a real NFO file.` },
  ]);
}

export function emptyDetails(): NfoDetails {
  return {
    title: null, originalTitle: null, sortTitle: null, showTitle: null, year: null, premiered: null, aired: null,
    plot: null, outline: null, tagline: null, status: null, runtime: null, mpaa: null, uniqueIds: {},
    defaultUniqueId: null, genres: [], tags: [], studios: [], ratings: [], actors: [], art: [], season: null,
    episode: null, displaySeason: null, displayEpisode: null, locked: false,
  };
}

export function emptyResult(kind: NfoKind, problems: NfoProblem[]): NfoReadResult {
  return { ...emptyDetails(), kind, namedSeasons: {}, episodeGuide: {}, episodes: [], urls: [], problems };
}
