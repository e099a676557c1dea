import type { Db } from '../db/handle';
import type { ProviderIds, SeriesMatch } from '../../../shared/types';
import type { MatchRow, SeriesRow } from '../db/schema';
import { regularEpisodesPerSeason } from '../db/repos/episodes';
import { getMatchRows, getSeriesMatch, recordCompanionAsked, recordMatchWait, saveMatches, setMatchError, toMatch, type MatchWrite } from '../db/repos/matches';
import { requireSeriesRow } from '../db/repos/series';
import { parseFolderName } from '../library/folder-name';
import { isProviderError } from './http/errors';
import { identify, type IdentifyResult, type Providers } from './match/identify';
import { matchedEntrySeason } from './match/entry-season';
import { followSeasons } from './match/season-chain';
import { findTmdbCompanion } from './match/tmdb-companion';
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
  const counts = await episodeCounts(deps.db, row);
  let result: IdentifyResult;
  try {
    result = await identify(deps.providers, { folderName: row.folder_name, nfoIds: nfoIdsOf(row), ...counts }, options);
  } catch (err) {
    if (!isProviderError(err)) throw err;
    options.signal?.throwIfAborted();
    const reason = JSON.stringify(err.toInfo());
    if (existing && existing.state !== 'waiting') {
      // Keep what was found before; only say why it could not be refreshed.
      await setMatchError(deps.db, existing.id, reason);
    } else {
      await saveMatches(deps.db, seriesId, { state: 'waiting', error: reason }, null, deps.now().toISOString());
    }
    return (await getSeriesMatch(deps.db, seriesId))!;
  }
  const companion = await withTmdbCompanion(deps, sameEntryAsBefore(existing, result), options.signal);
  result = companion.result;
  // The seasons are looked up first: the match and its seasons are then written together.
  // A TMDB match's own seasons win over the AniList chain's where both place a season.
  const seasons = new Map<number, SeasonMatch>();
  if (result.state === 'matched') {
    for (const m of await aniListSeasons(deps, seriesId, result, options.signal)) seasons.set(m.season, m);
    if (result.provider === 'tmdb') for (const m of await tmdbSeasons(deps, seriesId, result)) seasons.set(m.season, m);
  }
  await saveMatches(deps.db, seriesId, matchOf(result, { companionAsked: companion.asked }), [...seasons.values()].sort((a, b) => a.season - b.season), deps.now().toISOString());
  return (await getSeriesMatch(deps.db, seriesId))!;
}

type SeasonMatch = { season: number; match: MatchWrite };

/**
 * The entry matched before, found again through the ids in tvshow.nfo (Anishelf wrote them there
 * from that match): the match keeps how it was found, its score and its candidates, so a refresh
 * does not turn a search's match into one "from nfo".
 */
function sameEntryAsBefore(existing: MatchRow | undefined, result: IdentifyResult): IdentifyResult {
  if (!existing || existing.state !== 'matched' || !existing.source || result.state !== 'matched' || result.source !== 'nfo') return result;
  if (existing.provider !== result.provider || existing.provider_id !== result.id) return result;
  return { ...result, source: existing.source, score: existing.score ?? result.score, candidates: JSON.parse(existing.candidates) as IdentifyResult['candidates'] };
}

/**
 * An AniList match gains the TMDB id of the same show, when TMDB is on and one show clearly is it:
 * TMDB's fanart and logos then fill what AniList lacks. The match never waits on it: a TMDB error
 * leaves the match as AniList gave it, and the next identification tries again. `asked`: TMDB
 * answered (a match made while it could not be asked is asked later, by `seekTmdbCompanion`).
 */
async function withTmdbCompanion(deps: IdentifyDeps, result: IdentifyResult, signal?: AbortSignal): Promise<{ result: IdentifyResult; asked: boolean }> {
  if (result.crossIds.tmdb) return { result, asked: true };
  if (result.state !== 'matched' || result.provider !== 'anilist' || !result.anilist || !deps.providers.tmdb) return { result, asked: false };
  try {
    const tmdbId = await findTmdbCompanion(deps.providers.tmdb, result.anilist, signal ? { signal } : {});
    return { result: tmdbId === null ? result : { ...result, crossIds: { ...result.crossIds, tmdb: String(tmdbId) } }, asked: true };
  } catch (err) {
    if (!isProviderError(err)) throw err;
    signal?.throwIfAborted();
    return { result, asked: false };
  }
}

/**
 * Asks TMDB for the same show as an AniList match made while TMDB could not be asked (no key yet,
 * switched off): true when one was found, and its id joined the match's cross ids. The pick and
 * its lock stay as they are; a TMDB error is kept on the match and the queue asks again later.
 */
export async function seekTmdbCompanion(deps: IdentifyDeps, seriesId: number, signal?: AbortSignal): Promise<boolean> {
  const row = (await getMatchRows(deps.db, seriesId)).find((r) => r.season === null);
  const { anilist, tmdb } = deps.providers;
  if (!row || row.state !== 'matched' || row.provider !== 'anilist' || !row.provider_id || !anilist || !tmdb) return false;
  const crossIds = JSON.parse(row.cross_ids) as ProviderIds;
  const opts = signal ? { signal } : {};
  try {
    const media = crossIds.tmdb ? null : await anilist.byId(Number(row.provider_id), opts);
    const tmdbId = media ? await findTmdbCompanion(tmdb, media, opts) : null;
    await recordCompanionAsked(deps.db, row.id, tmdbId === null ? null : { ...crossIds, tmdb: String(tmdbId) });
    return tmdbId !== null;
  } catch (err) {
    if (!isProviderError(err)) throw err;
    signal?.throwIfAborted();
    await recordMatchWait(deps.db, seriesId, JSON.stringify(err.toInfo()), deps.now().toISOString());
    return false;
  }
}

/** A Season NN layout matched to an AniList entry: the entries along its sequel chain, one per season folder. */
async function aniListSeasons(deps: IdentifyDeps, seriesId: number, result: IdentifyResult, signal?: AbortSignal): Promise<SeasonMatch[]> {
  if (!result.anilist || !deps.providers.anilist) return [];
  const seasons = [...(await regularEpisodesPerSeason(deps.db, seriesId)).keys()];
  const chain = await followSeasons(deps.providers.anilist, result.anilist, seasons, signal, matchedEntrySeason(seasons, result.anilist)).catch((err: unknown) => {
    if (isProviderError(err)) return new Map<number, { id: number; idMal?: number | null }>();
    throw err;
  });
  return [...chain].map(([season, media]) => ({
    season,
    match: {
      state: 'matched',
      provider: 'anilist',
      provider_id: String(media.id),
      score: result.score,
      source: result.source,
      cross_ids: JSON.stringify(media.idMal ? { mal: String(media.idMal) } : {}),
    },
  }));
}

/** A Season NN layout matched to a TMDB show: one match per season TMDB lists, with its number there. */
async function tmdbSeasons(deps: IdentifyDeps, seriesId: number, result: IdentifyResult): Promise<SeasonMatch[]> {
  const show = result.tmdb;
  const local = [...(await regularEpisodesPerSeason(deps.db, seriesId)).keys()];
  if (local.length < 2 || !show) return [];
  const showIds = { ...result.crossIds };
  delete showIds.tmdb;
  return tmdbSeasonMatches(show, local, showIds).map((m) => ({
    season: m.season,
    match: { state: 'matched', provider: 'tmdb', provider_id: String(show.id), score: result.score, source: result.source, cross_ids: JSON.stringify(m.crossIds) },
  }));
}

/** A user's choice: locked, never re-matched automatically. */
export async function saveUserPick(deps: IdentifyDeps, seriesId: number, result: IdentifyResult): Promise<SeriesMatch> {
  await requireSeriesRow(deps.db, seriesId); // a series removed meanwhile: its own clear error
  const { result: picked, asked } = await withTmdbCompanion(deps, { ...result, source: 'user', state: 'matched', score: 1 });
  // A TMDB pick brings its seasons; an AniList pick keeps the season matches there are.
  const seasons = result.provider === 'tmdb' && result.tmdb ? await tmdbSeasons(deps, seriesId, picked) : null;
  await saveMatches(deps.db, seriesId, matchOf(picked, { locked: true, companionAsked: asked }), seasons, deps.now().toISOString());
  return (await getSeriesMatch(deps.db, seriesId))!;
}

function matchOf(result: IdentifyResult, flags: { locked?: boolean; companionAsked?: boolean } = {}): MatchWrite {
  const locked = flags.locked === true;
  return {
    state: result.state,
    provider: result.provider,
    provider_id: result.id,
    score: result.score,
    source: result.source,
    candidates: JSON.stringify(result.candidates),
    cross_ids: JSON.stringify(result.crossIds),
    locked: locked ? 1 : 0,
    companion_asked: flags.companionAsked ? 1 : 0,
    error: null,
  };
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

/**
 * What the folder holds, as the matcher weighs it: its first season's count when it holds several
 * (an AniList entry is one season), the whole folder's regular episodes and its highest season
 * (a TMDB show holds them all).
 */
async function episodeCounts(db: Db, row: SeriesRow): Promise<{ videoCount: number; showEpisodes: number; highestSeason: number }> {
  const perSeason = await regularEpisodesPerSeason(db, row.id);
  const seasons = [...perSeason.keys()];
  const highestSeason = seasons.length > 0 ? Math.max(...seasons) : 0;
  if (perSeason.size < 2) return { videoCount: row.video_count, showEpisodes: row.video_count, highestSeason };
  const showEpisodes = [...perSeason.values()].reduce((sum, n) => sum + n, 0);
  return { videoCount: perSeason.get(Math.min(...seasons)) ?? 0, showEpisodes, highestSeason };
}

export { toMatch };
