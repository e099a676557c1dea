import type { MatchProvider } from '../../../../shared/types';
import type { AniListMedia, AniListRelationEdge } from '../anilist/types';
import type { TmdbSearchResult } from '../tmdb/types';
import { normalizeTitle } from '../../util/normalize-title';
import { splitSeason } from './title-parts';

/** One provider entry as the matcher sees it, whichever provider it came from. */
export interface Candidate {
  provider: MatchProvider;
  id: string;
  /** The display title (romaji for AniList, name for TMDB). */
  title: string;
  /** Every title and synonym, as given. */
  titles: string[];
  year: number | null;
  format: string | null;
  episodes: number | null;
  /** Season and part this entry is, from its titles or else its place in the sequel chain. */
  season: number;
  part: number;
  /** Whether the entry continues a TV prequel. */
  isSequel: boolean;
  /**
   * The titles of the entry this one continues (its TV prequel) or else belongs to (its parent,
   * for a film or a special); empty when there is none, and for TMDB. The words an entry adds to
   * them name it.
   */
  baseTitles: string[];
  /** How many seasons the show has: TMDB's details, when fetched (see identify.ts); absent otherwise. */
  seasons?: number;
  /** The countries the show is from (TMDB's origin_country); absent for AniList. */
  countries?: string[];
  poster: string | null;
  url: string | null;
}

/** AniList entries; their seasons come from their titles, else from PREQUEL links among them. */
export function aniListCandidates(media: readonly AniListMedia[]): Candidate[] {
  const byId = new Map(media.map((m) => [m.id, m]));
  const seasonCache = new Map<number, { season: number; part: number }>();
  const seasonOf = (m: AniListMedia, depth = 0): { season: number; part: number } => {
    const hit = seasonCache.get(m.id);
    if (hit) return hit;
    const declared = declaredSeason(allTitles(m));
    let result: { season: number; part: number };
    const prequel = tvPrequel(m);
    if (declared.season !== null) result = { season: declared.season, part: declared.part ?? 1 };
    else if (!prequel || depth > 12) result = { season: 1, part: declared.part ?? 1 };
    else {
      const known = byId.get(prequel.id);
      const before = known ? seasonOf(known, depth + 1) : fromEdgeTitles(prequel.titles);
      // "Part 2" continues the season before it; anything else starts the next one.
      result = declared.part !== null && declared.part >= 2 ? { season: before.season, part: declared.part } : { season: before.season + 1, part: 1 };
    }
    seasonCache.set(m.id, result);
    return result;
  };
  return media.map((m) => {
    const { season, part } = seasonOf(m);
    const base = tvPrequel(m) ?? parentEntry(m);
    return {
      provider: 'anilist',
      id: String(m.id),
      title: m.title.romaji ?? m.title.english ?? m.title.native ?? String(m.id),
      titles: allTitles(m),
      year: m.startDate?.year ?? m.seasonYear ?? null,
      format: m.format,
      episodes: m.episodes,
      season,
      part,
      isSequel: tvPrequel(m) !== null,
      baseTitles: base?.titles ?? [],
      poster: m.coverImage?.large ?? m.coverImage?.medium ?? null,
      url: m.siteUrl ?? `https://anilist.co/anime/${m.id}`,
    };
  });
}

/** `imageBase`: TMDB's from /configuration (TmdbClient.posterBase). */
export function tmdbCandidates(results: readonly TmdbSearchResult[], imageBase: string): Candidate[] {
  return results.map((r) => ({
    provider: 'tmdb',
    id: String(r.id),
    title: r.name,
    titles: [...new Set([r.name, r.original_name])],
    year: r.first_air_date ? Number(r.first_air_date.slice(0, 4)) || null : null,
    format: 'TV',
    episodes: null,
    // A TMDB show holds all its seasons.
    season: 1,
    part: 1,
    isSequel: false,
    baseTitles: [],
    ...(r.origin_country?.length ? { countries: r.origin_country } : {}),
    poster: r.poster_path ? `${imageBase}w185${r.poster_path}` : null,
    url: `https://www.themoviedb.org/tv/${r.id}`,
  }));
}

export function allTitles(m: AniListMedia): string[] {
  return [m.title.romaji, m.title.english, m.title.native, ...(m.synonyms ?? [])].filter((t): t is string => !!t && t.trim() !== '');
}

function declaredSeason(titles: readonly string[]): { season: number | null; part: number | null } {
  let season: number | null = null;
  let part: number | null = null;
  for (const t of titles) {
    const parts = splitSeason(t);
    season ??= parts.season;
    part ??= parts.part;
  }
  return { season, part };
}

export function tvPrequel(m: AniListMedia): { id: number; titles: string[] } | null {
  return related(m.relations?.edges.find((e) => e.relationType === 'PREQUEL' && e.node.type !== 'MANGA' && (e.node.format === 'TV' || e.node.format === 'TV_SHORT')));
}

/** The anime a film or a special belongs to. */
function parentEntry(m: AniListMedia): { id: number; titles: string[] } | null {
  return related(m.relations?.edges.find((e) => e.relationType === 'PARENT' && e.node.type !== 'MANGA'));
}

function related(edge: AniListRelationEdge | undefined): { id: number; titles: string[] } | null {
  if (!edge) return null;
  const t = edge.node.title;
  return { id: edge.node.id, titles: [t.romaji, t.english, t.native].filter((x): x is string => !!x) };
}

/** A prequel outside the result set: its season from its titles, else taken as the first. */
function fromEdgeTitles(titles: string[]): { season: number; part: number } {
  const d = declaredSeason(titles);
  return { season: d.season ?? 1, part: d.part ?? 1 };
}

export { normalizeTitle };
