import type { SeriesDetail, SeriesMetadata } from '../../../shared/types';
import type { Db } from '../db/handle';
import { requireSeriesRow, updateSeries } from '../db/repos/series';
import type { SeriesUpdate } from '../db/schema';
import { checkMediaFiles } from '../media/check';
import { saveTvshowNfo } from '../nfo';
import type { TvshowFields } from '../nfo/types';
import { getSeriesDetail } from './series-detail';
import { oneTvshowNfoWriteAtATime } from './tvshow-nfo-writes';

export interface SaveMetadataDeps {
  db: Db;
  now: () => Date;
}

// Kodi scrapers prefer these as the default id, in this order.
const DEFAULT_ID_ORDER = ['tvdb', 'tmdb', 'imdb', 'anilist', 'anidb', 'mal'];

/**
 * Saves what the user edited: first into tvshow.nfo through the merging writer (created when
 * missing; a locked file is refused unless the edit unlocks it; written atomically), then into
 * the database. If the file cannot be written, nothing changes and the error says why.
 */
export function saveSeriesMetadata(deps: SaveMetadataDeps, id: number, fields: Partial<SeriesMetadata>): Promise<SeriesDetail> {
  return oneTvshowNfoWriteAtATime(deps.db, id, () => saveNow(deps, id, fields));
}

async function saveNow(deps: SaveMetadataDeps, id: number, fields: Partial<SeriesMetadata>): Promise<SeriesDetail> {
  const row = await requireSeriesRow(deps.db, id);
  const oldIds: Record<string, string> = JSON.parse(row.provider_ids);
  const nfoFields = toNfoFields(fields, oldIds);
  // A new tvshow.nfo carries what the form showed, not only the field that was edited: Kodi and
  // Jellyfin identify a show by its title, then year and premiered date.
  if (!(await checkMediaFiles(row.path)).nfo.exists) {
    nfoFields.title ??= row.title;
    if (nfoFields.year === undefined && row.year !== null) nfoFields.year = row.year;
    if (row.premiered) nfoFields.premiered = row.premiered;
  }
  const result = await saveTvshowNfo(row.path, nfoFields);

  const update: SeriesUpdate = { has_nfo: 1, nfo_path: result.path, nfo_state: 'valid', nfo_problems: '[]', updated_at: deps.now().toISOString() };
  if (nfoFields.title) update.title = nfoFields.title;
  if (fields.originalTitle !== undefined) update.original_title = fields.originalTitle;
  if (fields.sortTitle !== undefined) update.sort_title = fields.sortTitle;
  if (fields.year !== undefined) update.year = fields.year;
  if (fields.plot !== undefined) update.plot = fields.plot;
  if (fields.genres !== undefined) update.genres = JSON.stringify(fields.genres);
  if (fields.providerIds !== undefined) update.provider_ids = JSON.stringify(fields.providerIds);
  if (fields.locked !== undefined) update.locked = fields.locked ? 1 : 0;
  await updateSeries(deps.db, id, update);
  return getSeriesDetail(deps.db, id);
}

export function toNfoFields(fields: Partial<SeriesMetadata>, oldIds: Record<string, string>): TvshowFields {
  const out: TvshowFields = {};
  if (fields.title !== undefined) out.title = fields.title;
  if (fields.originalTitle !== undefined) out.originalTitle = fields.originalTitle;
  if (fields.sortTitle !== undefined) out.sortTitle = fields.sortTitle;
  if (fields.year !== undefined) out.year = fields.year;
  if (fields.plot !== undefined) out.plot = fields.plot;
  if (fields.genres !== undefined) out.genres = fields.genres;
  if (fields.locked !== undefined) out.locked = fields.locked;
  if (fields.providerIds !== undefined) {
    const ids = Object.fromEntries(Object.entries(fields.providerIds).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k.toLowerCase(), v.trim()]));
    // Ids the user cleared are removed from the file, not left behind.
    const uniqueIds: Record<string, string | null> = { ...Object.fromEntries(Object.keys(oldIds).map((k) => [k, null])), ...ids };
    out.uniqueIds = uniqueIds;
    // No new <episodeguide>: with "Local information only", Kodi 20 takes any guide as a reason to
    // look an episode without an NFO up online, fails, and then skips every later episode of the
    // show. The ids are in <uniqueid>; a guide already in the file follows them (mergeNfo).
    const preferred = DEFAULT_ID_ORDER.find((k) => ids[k]) ?? Object.keys(ids)[0];
    out.defaultUniqueId = preferred ?? null;
  }
  return out;
}
