// AniList's GraphQL Media shape, as far as Anishelf asks for it (https://docs.anilist.co).

export type AniListFormat = 'TV' | 'TV_SHORT' | 'MOVIE' | 'SPECIAL' | 'OVA' | 'ONA' | 'MUSIC' | 'MANGA' | 'NOVEL' | 'ONE_SHOT';
export type AniListStatus = 'FINISHED' | 'RELEASING' | 'NOT_YET_RELEASED' | 'CANCELLED' | 'HIATUS';
export type AniListRelationType =
  | 'ADAPTATION' | 'PREQUEL' | 'SEQUEL' | 'PARENT' | 'SIDE_STORY' | 'CHARACTER' | 'SUMMARY'
  | 'ALTERNATIVE' | 'SPIN_OFF' | 'OTHER' | 'SOURCE' | 'COMPILATION' | 'CONTAINS';

export interface FuzzyDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface AniListTitle {
  romaji: string | null;
  english: string | null;
  native: string | null;
}

export interface AniListRelationEdge {
  relationType: AniListRelationType;
  node: { id: number; type: 'ANIME' | 'MANGA'; format: AniListFormat | null; title: AniListTitle; startDate?: FuzzyDate };
}

export interface AniListMedia {
  id: number;
  idMal: number | null;
  title: AniListTitle;
  synonyms: string[];
  format: AniListFormat | null;
  episodes: number | null;
  status: AniListStatus | null;
  startDate: FuzzyDate;
  endDate: FuzzyDate;
  season: 'WINTER' | 'SPRING' | 'SUMMER' | 'FALL' | null;
  seasonYear: number | null;
  description: string | null;
  genres: string[];
  tags: Array<{ name: string; rank: number | null; isMediaSpoiler?: boolean }>;
  averageScore: number | null;
  studios: { nodes: Array<{ name: string }> };
  coverImage: { extraLarge: string | null; large: string | null; medium: string | null; color?: string | null };
  bannerImage: string | null;
  siteUrl: string | null;
  relations: { edges: AniListRelationEdge[] };
  nextAiringEpisode: { airingAt: number; episode: number; timeUntilAiring: number } | null;
}

export interface GraphQlError {
  message: string;
  status?: number;
  locations?: Array<{ line: number; column: number }>;
}

export interface GraphQlResponse<T> {
  data: T | null;
  errors?: GraphQlError[];
}

/** One of a Media's `characters` edges: the character, its role and its voice actors. */
export interface AniListCharacterEdge {
  role: 'MAIN' | 'SUPPORTING' | 'BACKGROUND' | null;
  node: { name: { full: string | null } | null } | null;
  voiceActors: Array<{ name: { full: string | null } | null; image: { large: string | null } | null } | null> | null;
}
