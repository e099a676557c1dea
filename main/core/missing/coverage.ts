import { isExtraKind } from '../../../shared/extra-kinds';
import { folderRole } from '../scan/episode-name/season';
import { FILE_STRIDE, type FileNumberValue } from '../db/repos/episode-files';
import type { ExpectedEpisode, FileNumbers } from './types';


export interface Coverage {
  /** Per expected episode (by index): the files covering it, or undefined when none does. */
  files: Array<string[] | undefined>;
  /** Per expected episode: 1 when one of its files sits in its own season's folder (or in none). */
  placed: Uint8Array;
}

/**
 * Which expected episodes the files cover: by season and episode (multi-episode files cover each
 * number, a v2 beside a v1 covers the same one), else by absolute number through the provider's
 * absolute order (cumulative along the seasons or the sequel chain). A file named for one season
 * but filed in another season's folder still covers its episode and is marked misplaced. A folder
 * of specials alone ("Show OVA - 01", a film) matched to an OVA or film entry: AniList numbers
 * them as the entry's own episodes, with no season 0 to hold them, so they cover those.
 */
export function coverEpisodes(seriesPath: string, expected: readonly ExpectedEpisode[], files: FileNumbers): Coverage {
  const byNumber = new Map<number, number>();
  const byAbsolute = new Map<number, number>();
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    byNumber.set(numberKey(e.season, e.episode), i);
    if (e.absolute !== null && !e.special) byAbsolute.set(e.absolute, i);
  }
  const folders = new Map<string, number | null>();
  const covered: Array<string[] | undefined> = new Array(expected.length).fill(undefined);
  const placed = new Uint8Array(expected.length);
  const add = (index: number | undefined, path: string, misplaced: boolean) => {
    if (index === undefined) return;
    const list = covered[index];
    if (list) list.push(path);
    else covered[index] = [path];
    if (!misplaced) placed[index] = 1;
  };

  const { paths, numbers } = files;
  const specialsOnly = holdsSpecialsOnly(files);
  for (let f = 0, at = 0; f < paths.length; f++, at += FILE_STRIDE) {
    const path = paths[f]!;
    const fileSeason = numbers[at] as number | null;
    const special = numbers[at + 1] === 1;
    const specialKind = numbers[at + 2] as string | null;
    const episodes = numberList(numbers[at + 3]);
    const absolute = numberList(numbers[at + 4]);
    if (isExtraKind(specialKind)) continue;
    const season = fileSeason ?? (special ? 0 : null);
    if (season !== null && episodes.length > 0) {
      const folder = cachedFolderSeason(folders, seriesPath, path);
      for (const n of episodes) {
        const index = byNumber.get(numberKey(season, n));
        if (index !== undefined) add(index, path, folder !== null && folder !== season);
        // "Season 1/Show - 13.mkv" of a show whose season 1 has 12: numbered through the seasons.
        else if (season === 1 && !special) add(byAbsolute.get(n), path, false);
        else if (special && specialsOnly) add(byNumber.get(numberKey(1, n)), path, false);
      }
      continue;
    }
    for (const n of absolute.length > 0 ? absolute : episodes) add(special ? byNumber.get(numberKey(0, n)) : (byAbsolute.get(n) ?? byNumber.get(numberKey(1, n))), path, false);
  }
  return { files: covered, placed };
}

/** True when every file that stands for an episode is a special (an OVA's or a film's folder). */
function holdsSpecialsOnly(files: FileNumbers): boolean {
  let specials = 0;
  for (let at = 0; at < files.numbers.length; at += FILE_STRIDE) {
    if (isExtraKind(files.numbers[at + 2] as string | null)) continue;
    if (files.numbers[at + 1] !== 1) return false;
    specials++;
  }
  return specials > 0;
}

const NO_NUMBERS: readonly number[] = [];

/** A packed number list (null: none, a number: that one) as a list. */
function numberList(value: FileNumberValue | undefined): readonly number[] {
  if (value === null || value === undefined) return NO_NUMBERS;
  return typeof value === 'number' ? [value] : (value as number[]);
}

/** One number for a season and episode (episodes stay far below a million). */
export function numberKey(season: number, episode: number): number {
  return season * 1_000_000 + episode;
}

// Files of a series share a handful of folders: each is read once. Files right in the series
// folder (most anime) need no look at all.
function cachedFolderSeason(cache: Map<string, number | null>, seriesPath: string, filePath: string): number | null {
  const start = filePath.startsWith(seriesPath) ? seriesPath.length + 1 : 0;
  const end = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  if (end < start) return null;
  const dir = filePath.slice(start, end);
  let season = cache.get(dir);
  if (season === undefined) {
    season = folderSeasonOf('', `${dir}/x`);
    cache.set(dir, season);
  }
  return season;
}

/** The season a file's folder stands for ("Season 2", "S02"), or null outside season folders. */
export function folderSeasonOf(seriesPath: string, filePath: string): number | null {
  const rel = filePath.startsWith(seriesPath) ? filePath.slice(seriesPath.length) : filePath;
  const parts = rel.split(/[\\/]/).filter(Boolean);
  parts.pop();
  for (let i = parts.length - 1; i >= 0; i--) {
    const role = folderRole(parts[i]!);
    if (role.kind === 'season') return role.season;
    if (role.kind === 'specials') return 0;
  }
  return null;
}
