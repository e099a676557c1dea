import type { Db } from '../../db/handle';
import { firstSeasonNumberRange } from '../../db/repos/episode-files';
import { regularEpisodesPerSeason } from '../../db/repos/episodes';
import { getMatchRows } from '../../db/repos/matches';
import { listEpisodeLists, removeEpisodeList, saveEpisodeList } from '../../db/repos/provider-episodes';
import type { MatchRow } from '../../db/schema';
import { AnishelfError } from '../../errors';
import type { AniListClient } from '../anilist/client';
import { tvPrequel } from '../match/candidate';
import { matchedEntrySeason, onlyLaterSeasons } from '../match/entry-season';
import type { Providers } from '../match/identify';
import type { TmdbClient } from '../tmdb/client';
import { aniListEpisodeList, type AniListMediaEpisodes } from './anilist';
import { numberedOnOffset } from './numbered-on';
import { chainPlacements } from './placement';
import { tmdbEpisodeList, type TmdbSeason } from './tmdb';
import { aniListTitle, type TitleLanguage } from '../nfo-fields';
import { seasonNameFromEntryTitle } from '../season-names';

export interface FetchListsDeps {
  db: Db;
  providers: Providers;
  now: () => Date;
  /** The language AniList seasons are named in (romaji when not given). */
  titleLanguage?: TitleLanguage;
}

export interface FetchListsOptions {
  signal?: AbortSignal;
  /** Ask the provider again rather than its cached answer: a refresh that is due, or asked for. */
  fresh?: boolean;
}

/** What a fetch stored: the lists saved, or why there was nothing to fetch. */
export type FetchListsOutcome = { stored: number } | { stored: 0; skipped: 'not-matched' | 'provider-off' | 'not-found' };

// A sequel chain is walked at most this far (a long-running show split into cours).
const MAX_CHAIN = 24;

/**
 * Fetches the provider's episode lists of one matched series and stores them, replacing the
 * earlier ones in one transaction each: TMDB's seasons (specials included), or the AniList
 * entries the season model uses (season matches, or the sequel chain a flat folder's numbers
 * reach into). Lists of entries no longer matched are dropped. Provider errors propagate.
 */
export async function fetchEpisodeLists(deps: FetchListsDeps, seriesId: number, options: FetchListsOptions = {}): Promise<FetchListsOutcome> {
  const rows = await getMatchRows(deps.db, seriesId);
  const main = rows.find((r) => r.season === null);
  if (!main || main.state !== 'matched' || !main.provider || !main.provider_id) return { stored: 0, skipped: 'not-matched' };
  const client = main.provider === 'tmdb' ? deps.providers.tmdb : deps.providers.anilist;
  if (!client) return { stored: 0, skipped: 'provider-off' };
  const built = main.provider === 'tmdb'
    ? await tmdbLists(deps.providers.tmdb!, seriesId, Number(main.provider_id), deps.now().getTime(), options)
    : await aniListLists(deps, deps.providers.anilist!, seriesId, main, rows, options);
  if (built.length === 0) return { stored: 0, skipped: 'not-found' };
  for (const { list, episodes } of built) await saveEpisodeList(deps.db, list, episodes);
  const kept = new Set(built.map((b) => `${b.list.provider}:${b.list.provider_id}`));
  for (const old of await listEpisodeLists(deps.db, seriesId)) {
    if (!kept.has(`${old.provider}:${old.provider_id}`)) await removeEpisodeList(deps.db, seriesId, old.provider, old.provider_id);
  }
  return { stored: built.length };
}

type Built = ReturnType<typeof tmdbEpisodeList>;

/** tv/{id}, then tv/{id}/season/{n} for every season it lists, specials (season 0) included. */
async function tmdbLists(tmdb: TmdbClient, seriesId: number, tmdbId: number, nowMs: number, options: FetchListsOptions): Promise<Built[]> {
  const show = await tmdb.tv(tmdbId, options);
  if (!show) return [];
  const ended = /ended|canceled/i.test(show.status);
  const seasons: TmdbSeason[] = [];
  for (const { season_number } of show.seasons) {
    const season = await tmdb.season(tmdbId, season_number, { ...options, ended });
    if (season) seasons.push(season);
  }
  const facts = {
    id: show.id,
    status: show.status,
    number_of_episodes: show.number_of_episodes,
    next_episode_to_air: show.next_episode_to_air ?? null,
    seasons: show.seasons,
    ...(show.episode_run_time ? { episode_run_time: show.episode_run_time } : {}),
    ...(show.aggregate_credits ? { aggregate_credits: show.aggregate_credits } : {}),
  };
  const withPictures = seasons.some((s) => s.episodes.some((e) => e.still_path)) || (show.aggregate_credits?.cast ?? []).some((c) => c.profile_path);
  return [tmdbEpisodeList(seriesId, facts, seasons, nowMs, withPictures ? await tmdb.posterBase(options) : '')];
}

/**
 * The AniList entries of the season model, in chain order: the match itself as its first season
 * (1, or the later season a folder of that season alone stands for) and the season matches of a
 * Season NN layout; without those, the sequel chain as far as the folder's highest episode
 * number reaches (a 2-cour show numbered 1–24 in one folder), from where the files' numbers
 * place the match (a Part 2 numbered on from Part 1).
 */
async function aniListLists(deps: FetchListsDeps, anilist: AniListClient, seriesId: number, main: MatchRow, rows: readonly MatchRow[], options: FetchListsOptions): Promise<Built[]> {
  const first = await anilist.episodes(Number(main.provider_id), options);
  if (!first) return [];
  const firstSeason = await firstSeasonOf(deps.db, anilist, seriesId, first.id, options.signal);
  const entries: Array<{ media: AniListMediaEpisodes; season: number | null }> = [];
  let numberedOn = 0;
  const seasonRows = rows.filter((r) => r.season !== null && r.state === 'matched' && r.provider === 'anilist' && r.provider_id).sort((a, b) => a.season! - b.season!);
  if (seasonRows.length > 0) {
    entries.push({ media: first, season: firstSeason });
    for (const row of seasonRows) {
      const media = await anilist.episodes(Number(row.provider_id), options);
      if (media) entries.push({ media, season: row.season });
    }
  } else {
    entries.push({ media: first, season: null });
    const { lowest, highest } = await firstSeasonNumberRange(deps.db, seriesId, firstSeason);
    // Prequels are asked for only when the files' numbers lie beyond the entry's own.
    if (lowest > 1 && highest > knownCount(first)) numberedOn = numberedOnOffset(lowest, highest, knownCount(first), await prequelCounts(anilist, first.id, options.signal));
    let reached = numberedOn + knownCount(first);
    let currentId = first.id;
    for (let step = 0; step < MAX_CHAIN && reached > 0 && reached < highest; step++) {
      const sequel = await nextInChain(anilist, currentId, options.signal);
      if (sequel === null) break;
      const media = await anilist.episodes(sequel, options);
      if (!media) break;
      entries.push({ media, season: null });
      reached += knownCount(media);
      currentId = sequel;
    }
  }
  const placements = chainPlacements(entries.map(({ media, season }) => ({
    season,
    episodes: media.episodes,
    ...(media.nextAiringEpisode ? { airedSoFar: media.nextAiringEpisode.episode - 1 } : {}),
  })), firstSeason, numberedOn);
  const nowMs = deps.now().getTime();
  // An entry matched to a later season of its own names it by what its title adds to the show's
  // (entries that only continue the first season's numbering name nothing).
  const language = deps.titleLanguage ?? 'romaji';
  const showTitle = first.title ? aniListTitle(first.title, language) : null;
  const nameOf = ({ media, season }: (typeof entries)[number]) => {
    const title = media.title ? aniListTitle(media.title, language) : null;
    return showTitle && title && season !== null && media.id !== first.id ? seasonNameFromEntryTitle(showTitle, title) : null;
  };
  return entries.map((entry, i) => aniListEpisodeList(seriesId, entry.media, placements[i]!, nowMs, nameOf(entry)));
}

/**
 * The season the matched entry stands for. Its relations are asked for (cached since the
 * identification) only for a folder without a first season.
 */
async function firstSeasonOf(db: Db, anilist: AniListClient, seriesId: number, entryId: number, signal?: AbortSignal): Promise<number> {
  const seasons = [...(await regularEpisodesPerSeason(db, seriesId)).keys()];
  if (onlyLaterSeasons(seasons) === null) return 1;
  return matchedEntrySeason(seasons, await anilist.byId(entryId, signal ? { signal } : {}));
}

function knownCount(media: AniListMediaEpisodes): number {
  return media.episodes ?? (media.nextAiringEpisode ? media.nextAiringEpisode.episode - 1 : 0);
}

/** The episode counts of the entry's TV prequels, nearest first, as far as each is known. */
async function prequelCounts(anilist: AniListClient, id: number, signal?: AbortSignal): Promise<number[]> {
  const counts: number[] = [];
  let media = await anilist.byId(id, signal ? { signal } : {});
  for (let step = 0; step < MAX_CHAIN && media; step++) {
    const prequel = tvPrequel(media);
    if (!prequel) break;
    media = await anilist.byId(prequel.id, signal ? { signal } : {});
    if (!media?.episodes) break;
    counts.push(media.episodes);
  }
  return counts;
}

/** The entry's TV sequel, from its relations (the entry itself is cached for a month once finished). */
async function nextInChain(anilist: AniListClient, id: number, signal?: AbortSignal): Promise<number | null> {
  const media = await anilist.byId(id, signal ? { signal } : {});
  const edge = media?.relations?.edges.find((e) => e.relationType === 'SEQUEL' && e.node.type !== 'MANGA' && (e.node.format === 'TV' || e.node.format === 'TV_SHORT'));
  return edge?.node.id ?? null;
}

/** The user's "Refresh episode list": refused clearly when there is nothing to fetch it from. */
export function explainSkipped(outcome: FetchListsOutcome): AnishelfError | null {
  if (!('skipped' in outcome)) return null;
  switch (outcome.skipped) {
    case 'not-matched':
      return new AnishelfError('NOT_IDENTIFIED', 'This series is not identified yet; identify it first, then its episode list can be fetched.');
    case 'provider-off':
      return new AnishelfError('PROVIDER_OFF', 'The provider this series is matched to is switched off (or TMDB has no API key); switch it on in Settings.');
    case 'not-found':
      return new AnishelfError('PROVIDER_NOT_FOUND', 'The provider no longer has the entry this series is matched to; identify it again.');
  }
}
