import { isExtraKind } from '../../../shared/extra-kinds';
import { FILE_STRIDE } from '../db/repos/episode-files';
import type { ExpectedEpisode, FileNumbers } from './types';

/**
 * The one season a season pack's folder stands for ("Breaking.Bad.S02.1080p.BluRay…", "Show
 * Season 2"): its name says the season and every episode file in it is of that season. Packs of
 * one show side by side are a series each, all matched to the same show; without this each would
 * list every other season as missing. Null for any other folder, so a show's own folder still
 * lists the seasons it lacks.
 */
export function seasonPackSeason(seasonHint: number | null, files: FileNumbers): number | null {
  if (seasonHint === null) return null;
  let episodes = 0;
  for (let at = 0; at < files.numbers.length; at += FILE_STRIDE) {
    if (files.numbers[at + 1] === 1 || isExtraKind(files.numbers[at + 2] as string | null)) continue;
    if (files.numbers[at] !== seasonHint) return null;
    episodes++;
  }
  return episodes > 0 ? seasonHint : null;
}

/** The expected episodes of that season alone; specials too only when the folder holds some. */
export function keepPackSeason<T extends Pick<ExpectedEpisode, 'season' | 'special'>>(expected: T[], season: number, files: FileNumbers): T[] {
  let holdsSpecials = false;
  for (let at = 0; at < files.numbers.length && !holdsSpecials; at += FILE_STRIDE) holdsSpecials = files.numbers[at + 1] === 1 && !isExtraKind(files.numbers[at + 2] as string | null);
  return expected.filter((e) => (e.special ? holdsSpecials : e.season === season));
}
