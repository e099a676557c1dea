import type { AniListClient } from '../anilist/client';
import type { AniListMedia } from '../anilist/types';
import { splitSeason } from './title-parts';
import { allTitles } from './candidate';

const MAX_STEPS = 24;

/**
 * For a folder holding `Season 01`, `Season 02`… of a show matched to its first AniList entry:
 * the entry each season is, following SEQUEL links between TV entries. A "Part 2" entry continues
 * the season before it, so it is walked through, not counted. Seasons past the chain's end are
 * left out (normal: the provider knows fewer seasons than the disk has). `firstSeason` is the
 * season the match itself stands for (see entry-season.ts).
 */
export async function followSeasons(anilist: AniListClient, first: AniListMedia, seasons: readonly number[], signal?: AbortSignal, firstSeason = 1): Promise<Map<number, AniListMedia>> {
  const wanted = [...new Set(seasons)].filter((s) => s > firstSeason).sort((a, b) => a - b);
  const out = new Map<number, AniListMedia>();
  if (wanted.length === 0) return out;
  let current = first;
  let season = firstSeason;
  for (let step = 0; step < MAX_STEPS && season < wanted.at(-1)!; step++) {
    const edge = current.relations?.edges.find((e) => e.relationType === 'SEQUEL' && e.node.type !== 'MANGA' && (e.node.format === 'TV' || e.node.format === 'TV_SHORT'));
    if (!edge) break;
    const next = await anilist.byId(edge.node.id, signal ? { signal } : {});
    if (!next) break;
    const part = Math.max(0, ...allTitles(next).map((t) => splitSeason(t).part ?? 0));
    if (part < 2) {
      season++;
      if (wanted.includes(season)) out.set(season, next);
    }
    current = next;
  }
  return out;
}
