import type { NfoUniqueId } from './types';
import { attrOf, childElements, indexChildren, indexed, textOf, type ChildIndex } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** Old per-provider elements that Jellyfin, Emby, tinyMediaManager and Kodi ≤ 16 write. */
export const LEGACY_ID_ELEMENTS: Readonly<Record<string, string>> = {
  tvdbid: 'tvdb',
  imdbid: 'imdb',
  imdb_id: 'imdb',
  tmdbid: 'tmdb',
  tvmazeid: 'tvmaze',
  tvrageid: 'tvrage',
  anidbid: 'anidb',
  anilistid: 'anilist',
};

export interface ReadIds {
  ids: Map<string, string>;
  defaultId: NfoUniqueId | null;
}

/**
 * `<uniqueid type="…" default="true">` first; then legacy elements fill the types still missing.
 * A bare `<id>` only counts when its meaning is certain: an IMDb `tt…` id, or ids named by its
 * attributes (`<id IMDB="tt…" TVDB="…">`), as Jellyfin reads it.
 */
export function readIds(el: XmlElement, children: ChildIndex = indexChildren(el)): ReadIds {
  const ids = new Map<string, string>();
  let explicitDefault: NfoUniqueId | null = null;
  let first: NfoUniqueId | null = null;
  for (const uid of indexed(children, 'uniqueid')) {
    const type = (attrOf(uid, 'type') ?? '').trim().toLowerCase() || 'unknown';
    const value = textOf(uid);
    if (value === '' || ids.has(type)) continue;
    ids.set(type, value);
    first ??= { type, value };
    if (!explicitDefault && attrOf(uid, 'default')?.trim().toLowerCase() === 'true') explicitDefault = { type, value };
  }
  const fill = (type: string, value: string | undefined) => {
    const v = value?.trim();
    if (v && !ids.has(type)) ids.set(type, v);
  };
  for (const child of childElements(el)) {
    const name = child.name.toLowerCase();
    const legacy = LEGACY_ID_ELEMENTS[name];
    if (legacy && Object.hasOwn(LEGACY_ID_ELEMENTS, name)) fill(legacy, textOf(child));
    else if (name === 'id') {
      for (const attr of child.attrs) fill(attr.name.toLowerCase(), attr.value);
      const content = textOf(child);
      if (/^tt\d+$/.test(content)) fill('imdb', content);
    }
  }
  return { ids, defaultId: explicitDefault ?? first };
}

/** A plain record (own properties only, whatever the keys), for results that cross threads. */
export function toRecord(map: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(map);
}
