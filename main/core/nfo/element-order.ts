import type { XmlElement, XmlNode } from './xml-tree';

/**
 * The order Kodi itself writes a <tvshow> in (CVideoInfoTag::Save), used to place elements a file
 * did not have yet. Kodi reads elements by name, so this only keeps files tidy; `lockdata`
 * (Jellyfin's) goes last.
 */
export const KODI_ORDER: readonly string[] = [
  'title', 'originaltitle', 'showtitle', 'sorttitle', 'ratings', 'userrating', 'top250', 'season', 'episode',
  'displayseason', 'displayepisode', 'outline', 'plot', 'tagline', 'runtime', 'thumb', 'fanart', 'mpaa',
  'playcount', 'lastplayed', 'episodeguide', 'id', 'uniqueid', 'genre', 'country', 'set', 'tag', 'credits',
  'director', 'premiered', 'year', 'status', 'code', 'aired', 'studio', 'trailer', 'fileinfo', 'actor',
  'namedseason', 'resume', 'dateadded', 'lockdata',
];

const RANK = new Map(KODI_ORDER.map((name, index) => [name, index]));

/**
 * Where a new `<name>` goes among `parent`'s children: after the last known element that Kodi
 * writes before it, else before the first one Kodi writes after it, else at the end. Unknown
 * elements keep their places.
 */
export function insertionIndex(parent: { children: XmlNode[] }, name: string): number {
  const rank = RANK.get(name);
  if (rank === undefined) return parent.children.length;
  let after = -1;
  let before = -1;
  parent.children.forEach((child, index) => {
    if (child.kind !== 'element') return;
    const childRank = RANK.get(child.name.toLowerCase());
    if (childRank === undefined) return;
    if (childRank <= rank) after = index;
    else if (before < 0) before = index;
  });
  if (after >= 0) return after + 1;
  if (before >= 0) return before;
  return parent.children.length;
}

export function insertElements(parent: XmlElement, elements: XmlElement[], at = insertionIndex(parent, elements[0]?.name ?? '')): void {
  parent.children.splice(at, 0, ...elements);
}
