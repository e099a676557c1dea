import type { Db } from '../db/handle';
import type { ProviderIds, SeriesMatch } from '../../../shared/types';
import type { SeriesRow } from '../db/schema';
import { regularEpisodesPerSeason } from '../db/repos/episodes';
import { clearSeasonMatches, getMatchRows, getSeriesMatch, saveMatch, setMatchError, toMatch } from '../db/repos/matches';
import { requireSeriesRow } from '../db/repos/series';
import { parseFolderName } from '../library/folder-name';
import { isProviderError } from './http/errors';
import { identify, type IdentifyResult, type Providers } from './match/identify';
import { followSeasons } from './match/season-chain';
import { tmdbSeasonMatches } from './match/tmdb-seasons';

export interface IdentifyDeps {
  db: Db;
  providers: Providers;
  now: () => Date;
}

/**
 * Identifies one series and stores the match (and the per-season matches of a Season NN layout).
 * A user's locked pick is kept as it is. Without network, or while a provider makes us wait, the
 * match is "waiting" with the reason, and an earlier match is kept: waiting is not failing.
 */
export async function identifySeries(deps: IdentifyDeps, seriesId: number, options: { signal?: AbortSignal } = {}): Promise<SeriesMatch> {
  const row = await requireSeriesRow(deps.db, seriesId);
  const existing = (await getMatchRows(deps.db, seriesId)).find((r) => r.season === null);
  if (existing?.locked === 1) return (await getSeriesMatch(deps.db, seriesId))!;
  const videoCount = await firstSeasonCount(deps.db, row);
  let result: IdentifyResult;
  try {
    result = await identify(deps.providers, { folderName: row.folder_name, nfoIds: nfoIdsOf(row), videoCount }, options);
  } catch (err) {
    if (!isProviderError(err)) throw err;
    options.signal?.throwIfAborted();
    const reason = JSON.stringify(err.toInfo());
    if (existing && existing.state !== 'waiting') {
      // Keep what was found before; only say why it could not be refreshed.
      await setMatchError(deps.db, existing.id, reason);
    } else {
      await saveMatch(deps.db, seriesId, null, { state: 'waiting', error: reason }, deps.now().toISOString());
    }
    return (await getSeriesMatch(deps.db, seriesId))!;
  }
  await saveResult(deps, row, result, null);
  await clearSeasonMatches(deps.db, seriesId);
  if (result.state === 'matched' && result.anilist && deps.providers.anilist) {
    const seasons = [...(await regularEpisodesPerSeason(deps.db, seriesId)).keys()];
    const chain = await followSeasons(deps.providers.anilist, result.anilist, seasons, options.signal).catch((err: unknown) => {
      if (isProviderError(err)) return new Map();
      throw err;
    });
    for (const [season, media] of chain) {
      await saveMatch(deps.db, seriesId, season, {
        state: 'matched',
        provider: 'anilist',
        provider_id: String(media.id),
        score: result.score,
        source: result.source,
        cross_ids: JSON.stringify(media.idMal ? { mal: String(media.idMal) } : {}),
      }, deps.now().toISOString());
    }
  }
  if (result.state === 'matched' && result.provider === 'tmdb' && result.tmdb) await saveTmdbSeasons(deps, seriesId, result);
  return (await getSeriesMatch(deps.db, seriesId))!;
}

/** A Season NN layout matched to a TMDB show: one match per season TMDB lists, with its number there. */
async function saveTmdbSeasons(deps: IdentifyDeps, seriesId: number, result: IdentifyResult): Promise<void> {
  const local = [...(await regularEpisodesPerSeason(deps.db, seriesId)).keys()];
  if (local.length < 2 || !result.tmdb) return;
  const showIds = { ...result.crossIds };
  delete showIds.tmdb;
  for (const m of tmdbSeasonMatches(result.tmdb, local, showIds)) {
    await saveMatch(deps.db, seriesId, m.season, {
      state: 'matched',
      provider: 'tmdb',
      provider_id: String(result.tmdb.id),
      score: result.score,
      source: result.source,
      cross_ids: JSON.stringify(m.crossIds),
    }, deps.now().toISOString());
  }
}

/** A user's choice: locked, never re-matched automatically. */
export async function saveUserPick(deps: IdentifyDeps, seriesId: number, result: IdentifyResult): Promise<SeriesMatch> {
  const row = await requireSeriesRow(deps.db, seriesId);
  await saveResult(deps, row, { ...result, source: 'user', state: 'matched', score: 1 }, null, true);
  if (result.provider === 'tmdb' && result.tmdb) {
    await clearSeasonMatches(deps.db, seriesId);
    await saveTmdbSeasons(deps, seriesId, { ...result, source: 'user', score: 1 });
  }
  return (await getSeriesMatch(deps.db, seriesId))!;
}

async function saveResult(deps: IdentifyDeps, row: SeriesRow, result: IdentifyResult, season: number | null, locked = false): Promise<void> {
  await saveMatch(deps.db, row.id, season, {
    state: result.state,
    provider: result.provider,
    provider_id: result.id,
    score: result.score,
    source: result.source,
    candidates: JSON.stringify(result.candidates),
    cross_ids: JSON.stringify(result.crossIds),
    locked: locked ? 1 : 0,
    error: null,
  }, deps.now().toISOString());
}

/**
 * Ids the NFO gave: the row's ids less those the folder name gave (the row holds both, the NFO's
 * winning), so a folder id is credited to the folder.
 */
function nfoIdsOf(row: SeriesRow): ProviderIds {
  const ids = JSON.parse(row.provider_ids) as ProviderIds;
  if (row.has_nfo !== 1 || row.nfo_state !== 'valid') return {};
  const folder = parseFolderName(row.folder_name).providerIds;
  return Object.fromEntries(Object.entries(ids).filter(([k, v]) => folder[k] !== v));
}

/** With Season NN folders, the first season's files are what the first entry is scored against. */
async function firstSeasonCount(db: Db, row: SeriesRow): Promise<number> {
  const perSeason = await regularEpisodesPerSeason(db, row.id);
  if (perSeason.size < 2) return row.video_count;
  return perSeason.get(Math.min(...perSeason.keys())) ?? 0;
}

export { toMatch };
