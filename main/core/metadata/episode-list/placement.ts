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
