import type { Db } from '../db/handle';
import type { SeriesUpdate } from '../db/schema';
import { getSeriesMatch } from '../db/repos/matches';
import { requireSeriesRow, updateSeries } from '../db/repos/series';
import { entryCast, storedSeasonNames } from '../db/repos/provider-episodes';
import { isOurs } from '../db/repos/written-files';
import type { Providers } from './match/identify';
import { fieldsFromAniList, fieldsFromTmdb, type ProviderShowFields, type TitleLanguage } from './nfo-fields';
import { keepingFolderTimes } from '../watch/own-folder-writes';
import { writeNfoFromMatch, type WriteNfoOutcome } from './write-nfo';
import { readRegularFile } from '../fs/regular-file';
import { seriesColumnsFromNfo } from '../loader/stages/nfo-columns';
import { oneTvshowNfoWriteAtATime } from '../library/tvshow-nfo-writes';

export interface WriteSeriesNfoDeps {
  db: Db;
  providers: Providers;
  now: () => Date;
  titleLanguage: TitleLanguage;
  /** Whose content rating goes into <mpaa> (see content-rating.ts). */
  ratingCountry: string;
}

/**
 * The nfo stage's writing half: tvshow.nfo from the series' match (the entry comes from the
 * cache the identify stage filled, so this normally costs no request). Nothing is written for a
 * series that is not matched. One write at a time per series, the user's Save included (see
 * library/tvshow-nfo-writes.ts).
 */
export interface WriteSeriesNfoOptions {
  /** Every field from the entry, not only those the file lacks ("Refresh from provider"). */
  refresh?: boolean;
  /** The entry asked of the provider again, not taken from the cache (a refresh of one series the user asked for). */
  fresh?: boolean;
  signal?: AbortSignal;
}

export function writeSeriesNfo(deps: WriteSeriesNfoDeps, seriesId: number, options: WriteSeriesNfoOptions = {}): Promise<WriteNfoOutcome | null> {
  return oneTvshowNfoWriteAtATime(deps.db, seriesId, () => writeSeriesNfoNow(deps, seriesId, options));
}

async function writeSeriesNfoNow(deps: WriteSeriesNfoDeps, seriesId: number, options: WriteSeriesNfoOptions): Promise<WriteNfoOutcome | null> {
  const match = await getSeriesMatch(deps.db, seriesId);
  if (!match || match.state !== 'matched' || !match.id) return null;
  const fields = await providerFields(deps, match.provider, match.id, match.crossIds ?? {}, options);
  if (!fields) return null;
  // The cast is not in the entry's details: it came with the entry's episode list, as did the
  // names AniList's season entries give their seasons.
  const found: ProviderShowFields = {
    ...fields,
    actors: match.provider ? await entryCast(deps.db, seriesId, match.provider, match.id) : null,
    namedSeasons: { ...(match.provider ? await storedSeasonNames(deps.db, seriesId, match.provider) : {}), ...fields.namedSeasons },
  };
  const row = await requireSeriesRow(deps.db, seriesId);
  // The minimal tvshow.nfo the nfo stage wrote for Kodi (title from the folder) is Anishelf's
  // own, unchanged: the match replaces it whole instead of only filling what it lacks.
  const refresh = options.refresh || (row.nfo_path !== null && (await ownUnchangedFile(deps.db, row.nfo_path)));
  const outcome = await keepingFolderTimes(deps.db, seriesId, () => writeNfoFromMatch(row, found, { refresh }));
  // The row says what the file now says, read back from it: a fill may have kept values of the
  // file that the row did not know of (columns an upgrade added read empty until the next load).
  if (!outcome.written) {
    if (outcome.reason === 'unchanged') await updateSeries(deps.db, seriesId, seriesColumnsFromNfo(row.provider_ids, outcome.nfo));
    return outcome;
  }
  const ids = { ...JSON.parse(row.provider_ids), ...found.ids };
  const update: SeriesUpdate = {
    has_nfo: 1, nfo_path: outcome.path, nfo_state: 'valid', nfo_problems: '[]', updated_at: deps.now().toISOString(),
    ...seriesColumnsFromNfo(JSON.stringify(ids), outcome.nfo),
  };
  await updateSeries(deps.db, seriesId, update);
  return outcome;
}

async function providerFields(deps: WriteSeriesNfoDeps, provider: string | null, id: string, crossIds: Record<string, string>, opts: WriteSeriesNfoOptions): Promise<ProviderShowFields | null> {
  if (provider === 'anilist' && deps.providers.anilist) {
    const media = await deps.providers.anilist.byId(Number(id), opts);
    return media ? fieldsFromAniList(media, crossIds, deps.titleLanguage) : null;
  }
  if (provider === 'tmdb' && deps.providers.tmdb) {
    const show = await deps.providers.tmdb.tv(Number(id), opts);
    return show ? fieldsFromTmdb(show, crossIds, deps.ratingCountry) : null;
  }
  return null;
}

async function ownUnchangedFile(db: Db, file: string): Promise<boolean> {
  try {
    return await isOurs(db, file, await readRegularFile(file));
  } catch {
    return false;
  }
}
