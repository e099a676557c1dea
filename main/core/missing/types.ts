import type { EpisodeFileNumbers } from '../db/repos/episode-files';
import type { PackedExpectedEpisodes } from '../db/repos/provider-episodes';
import type { ProviderEpisodeRow, ProviderListRow } from '../db/schema';

export type { EpisodeState, EpisodeStatus, ExpectedEpisode, NextAiring, SeasonSummary, SeriesMissing } from '../../../shared/missing';

export type ListFacts = Pick<
  ProviderListRow,
  'id' | 'provider' | 'provider_id' | 'season' | 'episode_offset' | 'absolute_offset' | 'status' | 'episode_count' | 'episode_runtime' | 'next_airing_episode' | 'next_airing_at_ms'
>;
export type StoredEpisode = Pick<ProviderEpisodeRow, 'list_id' | 'season' | 'episode' | 'absolute' | 'title' | 'air_date' | 'airs_at_ms' | 'runtime' | 'kind'>;
export type FileNumbers = EpisodeFileNumbers;
/** A series' stored episodes, packed (see PackedExpectedEpisodes). */
export type StoredEpisodes = PackedExpectedEpisodes;

/** A series' share of a show other series are matched to as well (see shared-show.ts). */
export interface SharedShow {
  /** Regular seasons this series holds. */
  seasons: ReadonlySet<number>;
  /** This series holds a special. */
  holdsSpecials: boolean;
  /** Regular seasons the other series of the show hold. */
  heldElsewhere: ReadonlySet<number>;
  /** This series lists the seasons none of them holds, and the specials. */
  listsTheRest: boolean;
}

/** Everything the computation needs for one series: read from SQLite, never from its folder. */
export interface MissingInput {
  seriesPath: string;
  /** Its share of a show other series are matched to as well; null when it is the show's only one. */
  sharedShow: SharedShow | null;
  lists: readonly ListFacts[];
  episodes: StoredEpisodes;
  files: FileNumbers;
  notWanted: ReadonlyArray<{ season: number; episode: number | null }>;
  showSpecials: boolean;
}
