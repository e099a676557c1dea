import { readIds } from './ids';
import { readNamedSeasons } from './read-tvshow';
import type { TvshowFields } from './types';
import { childElements, firstChild, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

const SINGLE: ReadonlyArray<[keyof TvshowFields, string]> = [
  ['title', 'title'], ['originalTitle', 'originaltitle'], ['sortTitle', 'sorttitle'], ['plot', 'plot'],
  ['premiered', 'premiered'], ['year', 'year'], ['status', 'status'], ['mpaa', 'mpaa'],
];
const LISTS: ReadonlyArray<[keyof TvshowFields, string]> = [['genres', 'genre'], ['studios', 'studio'], ['tags', 'tag'], ['actors', 'actor']];

/**
 * `fields` without what the file already says: filling a file (after an identification, or with
 * what an episode list brought) never replaces a value in it. The caller decides what to fill
 * from the database, which can be behind the file (a column added by an upgrade reads empty until
 * the series is loaded again); this decides from the file itself.
 */
export function lackingFields(show: XmlElement, fields: TvshowFields): TvshowFields {
  const out: TvshowFields = { ...fields };
  const has = (name: string) => childElements(show, name).some((el) => textOf(el) !== '' || childElements(el).length > 0);
  for (const [key, name] of [...SINGLE, ...LISTS]) if (out[key] !== undefined && has(name)) delete out[key];
  // The premiere gives the year too (Kodi reads it from there): a file with one has a year.
  if (has('premiered')) delete out.year;
  if (out.rating !== undefined && childElements(firstChild(show, 'ratings') ?? show, 'rating').length > 0) delete out.rating;
  if (out.namedSeasons !== undefined) {
    const named = readNamedSeasons(show);
    out.namedSeasons = Object.fromEntries(Object.entries(out.namedSeasons).filter(([season]) => !(Number(season) in named)));
  }
  if (out.uniqueIds !== undefined || out.defaultUniqueId !== undefined) {
    const { ids } = readIds(show);
    if (out.uniqueIds !== undefined) out.uniqueIds = Object.fromEntries(Object.entries(out.uniqueIds).filter(([type]) => !ids.has(type.trim().toLowerCase())));
    if (ids.size > 0) delete out.defaultUniqueId;
  }
  return out;
}
