import type { AniListMedia } from '../anilist/types';
import { tvPrequel } from './candidate';

/**
 * The library season a folder's AniList match stands for. Usually 1: the match is the show and
 * its sequels are seasons 2, 3… But a folder of a later season alone ("Vinland Saga Season 2",
 * its files named S02E01 or "S2 - 01", as fansub groups name them) is matched to that season's
 * own entry, which AniList numbers from 1: the entry then stands for the files' season, else
 * none of its episodes would meet their files. Only a sequel entry (one with a TV prequel) is
 * read so, so a first season is never moved by files numbered for a later one.
 */
export function matchedEntrySeason(localSeasons: Iterable<number>, entry: AniListMedia | null): number {
  const later = onlyLaterSeasons(localSeasons);
  return later !== null && entry && tvPrequel(entry) ? later : 1;
}

/** The lowest of a folder's seasons when it holds no first season, else null (nothing to look up). */
export function onlyLaterSeasons(localSeasons: Iterable<number>): number | null {
  let lowest = Infinity;
  for (const season of localSeasons) lowest = Math.min(lowest, season);
  return Number.isFinite(lowest) && lowest >= 2 ? lowest : null;
}
