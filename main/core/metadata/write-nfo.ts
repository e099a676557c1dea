import type { ProviderIds } from '../../../shared/types';
import type { SeriesRow } from '../db/schema';
import { isAnishelfError } from '../errors';
import { parseNfo, saveTvshowNfo, type NfoReadResult } from '../nfo';
import type { TvshowFields } from '../nfo/types';
import type { ProviderShowFields } from './nfo-fields';

export type WriteNfoOutcome =
  /** `fields`: those given to the merge; `nfo`: the file as written (or found unchanged), read back. */
  | { written: true; path: string; fields: string[]; nfo: NfoReadResult }
  | { written: false; reason: 'unchanged'; nfo: NfoReadResult }
  | { written: false; reason: 'nothing-to-fill' | 'locked' | 'not-kodi' | 'error'; message?: string; code?: string };

/**
 * Writes what the provider says into tvshow.nfo through the merging writer. It creates the file
 * when missing; otherwise it only fills what the file does not say yet (the file holds the user's
 * edits made in Anishelf too), unless `refresh` ("Refresh from provider"). A locked file or one
 * that is not a Kodi NFO (a scene release's text .nfo) is never touched.
 */
export async function writeNfoFromMatch(series: SeriesRow, found: ProviderShowFields, options: { refresh?: boolean } = {}): Promise<WriteNfoOutcome> {
  if (series.locked === 1) return { written: false, reason: 'locked' };
  if (series.has_nfo === 1 && series.nfo_state === 'invalid') return { written: false, reason: 'not-kodi' };
  const existing = series.has_nfo === 1 ? filledFields(series) : null;
  const fill = !options.refresh && existing !== null;
  const fields = fill ? missingFields(found, existing, series) : allFields(found);
  const names = Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined);
  if (names.length === 0) return { written: false, reason: 'nothing-to-fill' };
  try {
    // The row says what the file lacks; the file itself has the last word (see lacking-fields.ts).
    const result = await saveTvshowNfo(series.path, fields, fill ? { fill: true } : {});
    const nfo = parseNfo(result.bytes);
    return result.written ? { written: true, path: result.path, fields: names, nfo } : { written: false, reason: 'unchanged', nfo };
  } catch (err) {
    if (isAnishelfError(err) && err.code === 'NFO_LOCKED') return { written: false, reason: 'locked' };
    if (isAnishelfError(err) && err.code === 'NFO_INVALID') return { written: false, reason: 'not-kodi', message: err.message };
    if (isAnishelfError(err)) return { written: false, reason: 'error', code: err.code, message: err.message };
    throw err;
  }
}

function allFields(found: ProviderShowFields): TvshowFields {
  const { ids, defaultId, actors, namedSeasons, ...rest } = found;
  // No <episodeguide>: with Kodi's "Local information only", any guide makes Kodi look an episode
  // without an NFO up online, fail, and skip the rest of the show (checked against Kodi 20).
  // A cast not known yet is none: the entry's episode list brings it and fills it in.
  // Season names only rename the seasons given: one the user named alone keeps its name.
  return { ...rest, actors: actors ?? [], ...namesOrNothing(namedSeasons), uniqueIds: ids, defaultUniqueId: defaultId };
}

function namesOrNothing(namedSeasons: Record<number, string>): Pick<TvshowFields, 'namedSeasons'> {
  return Object.keys(namedSeasons).length > 0 ? { namedSeasons } : {};
}

interface Filled {
  title: boolean;
  originalTitle: boolean;
  sortTitle: boolean;
  plot: boolean;
  premiered: boolean;
  year: boolean;
  status: boolean;
  mpaa: boolean;
  studios: boolean;
  genres: boolean;
  ratings: boolean;
  actors: boolean;
  namedSeasons: Record<number, string>;
  ids: ProviderIds;
}

/** What the existing NFO already says (read into the series row by the nfo stage). */
function filledFields(s: SeriesRow): Filled {
  const list = (json: string) => (JSON.parse(json) as unknown[]).length > 0;
  return {
    // An NFO's title is never replaced; a valid NFO without one still leaves the folder title.
    title: true,
    originalTitle: !!s.original_title,
    sortTitle: !!s.sort_title,
    plot: !!s.plot,
    premiered: !!s.premiered,
    year: s.year !== null,
    status: !!s.show_status,
    mpaa: !!s.mpaa,
    studios: list(s.studios),
    genres: list(s.genres),
    ratings: list(s.ratings),
    actors: s.nfo_actors > 0,
    namedSeasons: JSON.parse(s.nfo_named_seasons) as Record<number, string>,
    ids: JSON.parse(s.provider_ids) as ProviderIds,
  };
}

function missingFields(found: ProviderShowFields, filled: Filled, series: SeriesRow): TvshowFields {
  const out: TvshowFields = {};
  if (!filled.originalTitle && found.originalTitle) out.originalTitle = found.originalTitle;
  if (!filled.sortTitle && found.sortTitle && series.title === found.title) out.sortTitle = found.sortTitle;
  if (!filled.plot && found.plot) out.plot = found.plot;
  if (!filled.premiered && found.premiered) out.premiered = found.premiered;
  if (!filled.year && found.year) out.year = found.year;
  if (!filled.status && found.status) out.status = found.status;
  if (!filled.mpaa && found.mpaa) out.mpaa = found.mpaa;
  if (!filled.studios && found.studios?.length) out.studios = found.studios;
  if (!filled.genres && found.genres?.length) out.genres = found.genres;
  // Tags are not read back into the row, so an existing file's tags are left as they are.
  if (!filled.ratings && found.rating) out.rating = found.rating;
  if (!filled.actors && found.actors?.length) out.actors = found.actors;
  Object.assign(out, namesOrNothing(Object.fromEntries(Object.entries(found.namedSeasons).filter(([season]) => !(season in filled.namedSeasons)))));
  const newIds = Object.fromEntries(Object.entries(found.ids).filter(([type]) => !filled.ids[type]));
  if (Object.keys(newIds).length > 0) {
    out.uniqueIds = newIds;
    // The file's own default stays; a file without any id gets the matched provider's.
    if (Object.keys(filled.ids).length === 0) out.defaultUniqueId = found.defaultId;
  }
  return out;
}
