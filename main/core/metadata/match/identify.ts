import type { MatchCandidate, MatchProvider, MatchSource, MatchState, ProviderIds } from '../../../../shared/types';
import type { AniListClient } from '../anilist/client';
import type { AniListMedia } from '../anilist/types';
import type { TmdbClient } from '../tmdb/client';
import type { TmdbTvDetails } from '../tmdb/types';
import { aniListCandidates, tmdbCandidates, type Candidate } from './candidate';
import { decide, THRESHOLDS, type Decision } from './decide';
import { folderQuery, type FolderQuery } from './folder-query';
import { scoreCandidate, type LocalFacts, type Scored } from './score';

/** The providers in use; null when switched off (TMDB without a key). */
export interface Providers {
  anilist: AniListClient | null;
  tmdb: TmdbClient | null;
}

/** The folder's name, its NFO's ids, and what it holds (see LocalFacts). */
export interface IdentifyInput extends LocalFacts {
  folderName: string;
  /** Ids read from tvshow.nfo (uniqueid, legacy elements, episode guide). */
  nfoIds: ProviderIds;
}

export interface IdentifyResult {
  state: Exclude<MatchState, 'waiting'>;
  provider: MatchProvider | null;
  id: string | null;
  score: number | null;
  source: MatchSource | null;
  candidates: MatchCandidate[];
  /** Ids of the same entry at other providers, from the provider's own fields. */
  crossIds: ProviderIds;
  /** The matched entry, for the NFO and the season chain. */
  anilist: AniListMedia | null;
  tmdb: TmdbTvDetails | null;
  /** Which evidence decided, in a few words ("nfo anilist id", "search: title 1, year +0.05"). */
  explanation: string;
}

const MAX_CANDIDATES = 8;

/**
 * Identifies one series folder, taking the evidence in order: ids in tvshow.nfo, ids in the
 * folder name, then a scored search. (A user's locked pick never reaches here.) Provider errors
 * propagate: the caller tells "waiting for the network" from a real failure.
 */
export async function identify(providers: Providers, input: IdentifyInput, options: { signal?: AbortSignal } = {}): Promise<IdentifyResult> {
  const query = folderQuery(input.folderName);
  for (const [source, ids] of [['nfo', input.nfoIds], ['folder', query.ids]] as const) {
    const byId = await identifyByIds(providers, ids, source, options.signal);
    if (byId) return byId;
  }
  return identifyBySearch(providers, query, input, options.signal);
}

/** A match from a known id: AniList, then MAL (through AniList), then TMDB. */
async function identifyByIds(providers: Providers, ids: ProviderIds, source: 'nfo' | 'folder', signal?: AbortSignal): Promise<IdentifyResult | null> {
  const opts = signal ? { signal } : {};
  const { anilist, tmdb } = providers;
  if (anilist && /^\d+$/.test(ids.anilist ?? '')) {
    const media = await anilist.byId(Number(ids.anilist), opts);
    if (media) return fromAniList(media, source, 1, [], `${source} anilist id`, ids);
  }
  if (anilist && /^\d+$/.test(ids.mal ?? '')) {
    const media = await anilist.byMalId(Number(ids.mal), opts);
    if (media) return fromAniList(media, source, 1, [], `${source} mal id`, ids);
  }
  if (/^\d+$/.test(ids.tmdb ?? '')) {
    const details = tmdb ? await tmdb.tv(Number(ids.tmdb), opts) : null;
    if (details || !tmdb) {
      // Without a TMDB key the id is still the user's word: matched, with nothing fetched.
      return { ...empty(), state: 'matched', provider: 'tmdb', id: ids.tmdb!, score: 1, source, tmdb: details, crossIds: { ...ids, ...tmdbCrossIds(details) }, explanation: `${source} tmdb id` };
    }
  }
  // A TVDB or IMDb id (Sonarr's and Kodi's scrapers write them) leads to the TMDB show through /find.
  for (const external of ['tvdb', 'imdb'] as const) {
    const value = ids[external];
    if (!tmdb || !value) continue;
    const tmdbId = await tmdb.findTv(external, value, opts);
    const details = tmdbId !== null ? await tmdb.tv(tmdbId, opts) : null;
    if (details) {
      return { ...empty(), state: 'matched', provider: 'tmdb', id: String(details.id), score: 1, source, tmdb: details, crossIds: { ...ids, ...tmdbCrossIds(details) }, explanation: `${source} ${external} id via TMDB` };
    }
  }
  return null;
}

async function identifyBySearch(providers: Providers, query: FolderQuery, input: IdentifyInput, signal?: AbortSignal): Promise<IdentifyResult> {
  const opts = signal ? { signal } : {};
  const local: LocalFacts = input;
  let anilistDecision: Decision | null = null;
  if (providers.anilist && query.search) {
    const media = await providers.anilist.search(query.search, opts);
    anilistDecision = decide(aniListCandidates(media).map((c) => scoreCandidate(query, local, c)));
    if (anilistDecision.state === 'matched') {
      const best = anilistDecision.best!;
      const chosen = media.find((m) => String(m.id) === best.candidate.id)!;
      return fromAniList(chosen, 'search', best.score, anilistDecision.ranked, `search: ${best.why.join(', ')}`, {});
    }
  }
  let tmdbDecision: Decision | null = null;
  if (providers.tmdb && query.search) {
    const results = await providers.tmdb.searchTv(query.search, query.year, opts);
    const scored = tmdbCandidates(results, await providers.tmdb.posterBase(opts)).map((c) => scoreCandidate(query, local, c));
    const fetched = new Map<string, TmdbTvDetails | null>();
    tmdbDecision = await withTmdbEpisodeCounts(providers.tmdb, decide(scored), query, local, fetched, signal);
    const anilistBest = anilistDecision?.best?.score ?? 0;
    if (tmdbDecision.state === 'matched' && tmdbDecision.best!.score - anilistBest >= THRESHOLDS.minLead) {
      const best = tmdbDecision.best!;
      const details = fetched.get(best.candidate.id) ?? (await providers.tmdb.tv(Number(best.candidate.id), opts));
      return {
        ...empty(),
        state: 'matched',
        provider: 'tmdb',
        id: best.candidate.id,
        score: shown(best.score),
        source: 'search',
        candidates: toCandidates(tmdbDecision.ranked),
        tmdb: details,
        crossIds: tmdbCrossIds(details),
        explanation: `search: ${best.why.join(', ')}`,
      };
    }
  }
  const ranked = [...(anilistDecision?.ranked ?? []), ...(tmdbDecision?.ranked ?? [])].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const review = best !== undefined && best.score >= THRESHOLDS.review;
  return {
    ...empty(),
    state: review ? 'needs_review' : 'unmatched',
    candidates: toCandidates(ranked),
    score: best ? shown(best.score) : null,
    explanation: best ? `search: best ${best.candidate.provider}:${best.candidate.id} at ${best.score} (${best.why.join(', ')}), not clear enough` : 'search: nothing found',
  };
}

/** The most entries of a tie whose details are fetched (one request each, cached). */
const MAX_TIED_DETAILS = 3;

/**
 * TMDB's search gives no episode or season counts, so a remake and its original spelled alike
 * ("The Office", 2005 and 2001) tie on the title. When the leaders tie on a score that would be
 * accepted, their details are fetched and they are scored again with their counts: a folder of
 * 201 files is not a show of 12 episodes, nor one with a Season 26 a show of 13 seasons.
 */
async function withTmdbEpisodeCounts(tmdb: TmdbClient, decision: Decision, query: FolderQuery, local: LocalFacts, fetched: Map<string, TmdbTvDetails | null>, signal?: AbortSignal): Promise<Decision> {
  const best = decision.best;
  const known = (local.showEpisodes ?? local.videoCount) > 0 || (local.highestSeason ?? 0) > 0;
  if (decision.state === 'matched' || !best || best.score < THRESHOLDS.autoAccept || !known) return decision;
  const tied = decision.ranked.filter((s) => best.score - s.score < THRESHOLDS.minLead).slice(0, MAX_TIED_DETAILS);
  if (tied.length < 2) return decision;
  const counted = new Map<string, Scored>();
  for (const { candidate } of tied) {
    const details = await tmdb.tv(Number(candidate.id), signal ? { signal } : {});
    fetched.set(candidate.id, details);
    if (details?.number_of_episodes) counted.set(candidate.id, scoreCandidate(query, local, { ...candidate, episodes: details.number_of_episodes, seasons: details.number_of_seasons }));
  }
  return decide(decision.ranked.map((s) => counted.get(s.candidate.id) ?? s));
}

export function fromAniList(media: AniListMedia, source: MatchSource, score: number, ranked: Scored[], explanation: string, ids: ProviderIds): IdentifyResult {
  const crossIds: ProviderIds = { ...ids };
  if (media.idMal) crossIds.mal = String(media.idMal);
  delete crossIds.anilist;
  const candidates = ranked.length > 0 ? toCandidates(ranked) : toCandidates([{ candidate: aniListCandidates([media])[0]!, score, why: [] }]);
  return { ...empty(), state: 'matched', provider: 'anilist', id: String(media.id), score: shown(score), source, candidates, crossIds, anilist: media, explanation };
}

function tmdbCrossIds(details: TmdbTvDetails | null): ProviderIds {
  const ids: ProviderIds = {};
  if (details?.external_ids?.imdb_id) ids.imdb = details.external_ids.imdb_id;
  if (details?.external_ids?.tvdb_id) ids.tvdb = String(details.external_ids.tvdb_id);
  return ids;
}

export function toCandidates(ranked: readonly Scored[]): MatchCandidate[] {
  return ranked.slice(0, MAX_CANDIDATES).map(({ candidate: c, score }: { candidate: Candidate; score: number }) => ({
    provider: c.provider,
    id: c.id,
    title: c.title,
    titles: c.titles,
    year: c.year,
    format: c.format,
    episodes: c.episodes,
    score: shown(score),
    poster: c.poster,
    url: c.url,
  }));
}

function empty(): IdentifyResult {
  return { state: 'unmatched', provider: null, id: null, score: null, source: null, candidates: [], crossIds: {}, anilist: null, tmdb: null, explanation: '' };
}

/** Scores rank above 1 when everything agrees; users and scripts see them capped at 1. */
function shown(score: number): number {
  return Math.min(1, Math.round(score * 100) / 100);
}
