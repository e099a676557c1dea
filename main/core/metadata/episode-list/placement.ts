/**
 * Where a provider entry sits in the series' numbering, as the match's season model says: an
 * AniList sequel can be season 2 (offset 0) or season 1 continued (episode offset 12); the
 * absolute offset is the episode count of the entries before it along the sequel chain.
 */
export interface ListPlacement {
  season: number | null;
  episodeOffset: number;
  absoluteOffset: number;
}

export const OWN_NUMBERING: ListPlacement = { season: null, episodeOffset: 0, absoluteOffset: 0 };

/** One AniList entry of a series' sequel chain, in chain order, with the season it was matched to. */
export interface ChainEntry {
  /** The library season this entry stands for (a "Season 2" folder matched to the sequel), or null. */
  season: number | null;
  /** The entry's episode count (AniList `episodes`); null while unknown (still airing). */
  episodes: number | null;
  /** Episodes known so far when the count is not (AniList nextAiringEpisode − 1). */
  airedSoFar?: number;
}

/**
 * Places each entry of a sequel chain in the series' numbering. Absolute numbers run on along the
 * chain (cour 2 of a 12-episode cour 1 starts at 13). An entry matched to its own season counts
 * from 1 in it; entries without a season of their own continue the first season's numbering, as
 * a 2-cour show filed in one folder is numbered 1–24. The first season is 1, or the later season
 * a folder of that season alone was matched as (see match/entry-season.ts). `numberedOn` is where
 * the first entry starts when its release numbers it on from its prequels (see numbered-on.ts).
 */
export function chainPlacements(entries: readonly ChainEntry[], firstSeason = 1, numberedOn = 0): ListPlacement[] {
  const placements: ListPlacement[] = [];
  let absolute = numberedOn;
  let continued = numberedOn;
  for (const entry of entries) {
    if (entry.season !== null) placements.push({ season: entry.season, episodeOffset: 0, absoluteOffset: absolute });
    else placements.push({ season: firstSeason, episodeOffset: continued, absoluteOffset: absolute });
    const count = entry.episodes ?? entry.airedSoFar ?? 0;
    absolute += count;
    if (entry.season === null) continued += count;
  }
  return placements;
}
