import type { EpisodeListInput, ProviderEpisodeInput } from '../../db/repos/provider-episodes';
import type { AniListCharacterEdge, AniListTitle } from '../anilist/types';
import { castFromAniList } from '../cast';
import { nextRefreshAt } from './refresh';
import type { ListPlacement } from './placement';

/** The part of AniList's `Media` (GraphQL) an episode list is made of. */
export interface AniListMediaEpisodes {
  id: number;
  /** For the season it stands for, when it is not the show's own entry (see season-names.ts). */
  title?: AniListTitle;
  status: 'FINISHED' | 'RELEASING' | 'NOT_YET_RELEASED' | 'CANCELLED' | 'HIATUS' | null;
  episodes: number | null;
  /** Minutes per episode. */
  duration: number | null;
  nextAiringEpisode: { airingAt: number; timeUntilAiring: number; episode: number } | null;
  airingSchedule?: { nodes: Array<{ airingAt: number; timeUntilAiring?: number; episode: number } | null> | null } | null;
  /** Main characters first, each with its Japanese voice actors: the show's cast, asked with the list. */
  characters?: { edges: Array<AniListCharacterEdge | null> | null } | null;
}

/**
 * The GraphQL selection that fetches it, with the cast: one Media by id is light enough to carry
 * it, so the cast costs no request of its own (a search page with it would be refused as too complex).
 */
export const ANILIST_EPISODES_QUERY = episodesQuery(
  'characters(sort: [ROLE, RELEVANCE, ID], perPage: 12) { edges { role node { name { full } } voiceActors(language: JAPANESE, sort: [RELEVANCE, ID]) { name { full } image { large } } } }',
);

/** The same without the cast, should AniList ever refuse the other as too complex: the list matters more. */
export const ANILIST_EPISODES_NO_CAST_QUERY = episodesQuery('');

function episodesQuery(cast: string): string {
  return `query ($id: Int) {
  Media(id: $id, type: ANIME) {
    id status episodes duration
    title { romaji english native }
    nextAiringEpisode { airingAt timeUntilAiring episode }
    airingSchedule(perPage: 50) { nodes { airingAt timeUntilAiring episode } }
    ${cast}
  }
}`;
}

/**
 * Storage rows for one AniList entry. AniList dates only its airings (past ones not reliably),
 * so the rows are the schedule it gives; the status facts tell the rest. `seasonName`: the name
 * its title gives the season it stands for.
 */
export function aniListEpisodeList(seriesId: number, media: AniListMediaEpisodes, placement: ListPlacement, fetchedAtMs: number, seasonName: string | null = null): { list: EpisodeListInput; episodes: ProviderEpisodeInput[] } {
  const next = media.nextAiringEpisode;
  const facts = { status: media.status, next_airing_at_ms: next ? next.airingAt * 1000 : null };
  const nodes = (media.airingSchedule?.nodes ?? []).filter((n): n is NonNullable<typeof n> => n !== null);
  return {
    list: {
      series_id: seriesId,
      provider: 'anilist',
      provider_id: String(media.id),
      season: placement.season,
      episode_offset: placement.episodeOffset,
      absolute_offset: placement.absoluteOffset,
      status: media.status,
      episode_count: media.episodes,
      episode_runtime: media.duration,
      next_airing_episode: next?.episode ?? null,
      next_airing_at_ms: facts.next_airing_at_ms,
      fetched_at_ms: fetchedAtMs,
      refresh_at_ms: nextRefreshAt(facts, fetchedAtMs),
      actors: media.characters ? JSON.stringify(castFromAniList(media.characters.edges)) : null,
      season_names: seasonName !== null && placement.season !== null ? JSON.stringify({ [placement.season]: seasonName }) : null,
    },
    episodes: nodes.map((n) => ({
      season: placement.season ?? 1,
      episode: n.episode + placement.episodeOffset,
      absolute: n.episode + placement.absoluteOffset,
      title: null,
      plot: null,
      air_date: new Date(n.airingAt * 1000).toISOString().slice(0, 10),
      airs_at_ms: n.airingAt * 1000,
      runtime: media.duration,
      kind: 'regular',
      still_url: null,
    })),
  };
}
