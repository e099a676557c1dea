import type { Dirent } from 'node:fs';
import path from 'node:path';
import { isInsideFolder, OUTSIDE_CODE } from '../fs/inside';
import { discIndexName } from '../media/disc';
import { isEpisodePartFolderName, isExtrasFolder, isSeriesPartFolderName, isSystemFolder, seasonOfFolder } from '../media/folders';
import { asyncFsOps, type FsOps } from '../media/fs-ops';
import { MEDIA_FILENAMES, isVideoFileName } from '../media/names';
import { isIgnoredFile, isIgnoredFolder, readPlexIgnore, ruleFilesIn, type PlexIgnoreRules } from '../media/plex-ignore';
import { unreadableCode } from '../media/unreadable-code';
import { subfoldersNamedForFolder } from './named-for-folder';
import { seasonReleaseCheck } from './season-release';
import { hasVideoFiles, type UnreadablePath } from '../media/videos';
import { mapLimit } from '../util/map-limit';
import { orElse } from '../util/or-else';

export interface Discovery {
  /** 'series' when the folder itself is one series; 'library' when it holds series folders. */
  kind: 'series' | 'library';
  /** Real paths of the series folders found, sorted. */
  series: string[];
  unreadable: UnreadablePath[];
  /** Folders looked at that held no videos (empty or unrelated), not added. */
  emptyFolders: number;
}

export interface DiscoverOptions {
  /** Folders never taken as or searched for series (the data dir). */
  exclude?: readonly string[];
  /** How many grouping layers (A–Z letters, "Airing", "Completed") may stand above series. */
  maxGroupDepth?: number;
  signal?: AbortSignal;
  /** The file-system calls (add bounds each one, so a share that stops answering ends the walk). */
  fs?: FsOps;
  /**
   * The folder is already a library folder: it is never taken as one series, whatever appears at
   * its top (a stray video, a tvshow.nfo, a season folder), since that series would hold every
   * series in it as its episodes.
   */
  library?: boolean;
  /** The folder is its own real path already (add resolved it): not resolved again. */
  isRealPath?: boolean;
}

const CONCURRENCY = 16;
/** Other folders beside stray videos or season folders that make a folder a library, not a series. */
const STRAY_VIDEO_SUBFOLDERS = 3;
/** A season folder with videos found outside any series folder (an unpacked download): reported, not added. */
export const STRAY_SEASON_CODE = 'STRAY_SEASON_FOLDER';
/** A video at the top of a library folder, in no series folder: reported, not added. */
export const STRAY_VIDEO_CODE = 'STRAY_VIDEO';
/** A folder holding a .nomedia or .ignore file: left out, as media players leave it out. */
export const EXCLUDED_CODE = 'EXCLUDED_FOLDER';
/**
 * Grouping layers searched above series: "By year/2024/Winter/Show" is three. Deeper folders are
 * reported (TOO_DEEP_FOLDER), so a bound that keeps a stray tree from being walked whole never
 * hides a series without a word.
 */
const MAX_GROUP_DEPTH = 5;
export const TOO_DEEP_CODE = 'TOO_DEEP_FOLDER';
/** A folder a `.plexignore` above it leaves out (`Show/*`): left out, as Plex leaves it out. */
export const PLEX_IGNORED_CODE = 'PLEX_IGNORED';

/**
 * Decides whether `folder` is one series or a library root, and returns the series folders.
 * A series has videos directly or in season folders, or a tvshow.nfo. Anything else that holds
 * folders is a grouping layer and is searched, a few levels deep at most. Loops are cut by real
 * path; unreadable folders are reported, never fatal.
 */
export async function discoverSeries(folder: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const exclude = new Set(options.exclude ?? []);
  const seen = new Set<string>();
  const result: Discovery = { kind: 'library', series: [], unreadable: [], emptyFolders: 0 };
  const maxGroupDepth = options.maxGroupDepth ?? MAX_GROUP_DEPTH;
  const fs = options.fs ?? asyncFsOps;

  const rootReal = options.isRealPath ? folder : await orElse(() => fs.realpath(folder), folder);
  // The folder added is where the rules start: a .plexignore above it is not the library's.
  const root = await inspect(fs, folder, result, rootReal, [], { keepVideos: true });
  if (!root && result.unreadable[0]?.code === EXCLUDED_CODE) return result;
  if (!root) throw Object.assign(new Error(`cannot read ${folder}`), { code: result.unreadable[0]?.code ?? 'EACCES' });
  seen.add(folder);
  // A few stray videos at the top of a folder full of series folders do not make it one series;
  // a series' own extras and artwork folders beside its episodes do not make it a library.
  const strayVideosInLibrary = root.hasVideos && !root.hasNfo && (await holdsSeriesFolders(fs, root.subfolders, STRAY_VIDEO_SUBFOLDERS));
  if (root.isSeries && !strayVideosInLibrary && !options.library) return { ...result, kind: 'series', series: [folder] };
  if (root.isSeries) await reportStraySeasons(fs, root.seasonFolders, result, root.rules);
  // Videos at the top of a library folder: said, so they do not vanish without a word (Kodi and Jellyfin skip them too).
  for (const video of root.videos.sort()) result.unreadable.push({ path: video, code: STRAY_VIDEO_CODE });

  let layer = root.subfolders.map((candidate) => ({ candidate, rules: root.rules }));
  for (let depth = 1; depth <= maxGroupDepth && layer.length > 0; depth++) {
    const fresh: Array<{ dir: string; rules: readonly PlexIgnoreRules[] }> = [];
    for (const { candidate, rules } of layer) {
      let real: string;
      try {
        real = await fs.realpath(candidate);
      } catch (err) {
        // Reported, not dropped without a word: a folder whose name cannot be read back is a series the user expects.
        result.unreadable.push({ path: candidate, code: unreadableCode(candidate, err) });
        continue;
      }
      if (seen.has(real) || exclude.has(real)) continue;
      // Links are followed only inside the real path of the folder the user added.
      if (!isInsideFolder(real, rootReal)) {
        result.unreadable.push({ path: candidate, code: OUTSIDE_CODE, target: real });
        continue;
      }
      seen.add(real);
      fresh.push({ dir: real, rules });
    }
    const inspected = await mapLimit(fresh, CONCURRENCY, async ({ dir, rules }) => {
      options.signal?.throwIfAborted();
      return { dir, info: await inspect(fs, dir, result, rootReal, rules) };
    });
    const next: typeof layer = [];
    for (const { dir, info } of inspected) {
      if (!info) continue;
      if (info.isSeries) result.series.push(dir);
      else if (info.subfolders.length > 0 && depth < maxGroupDepth) next.push(...info.subfolders.map((candidate) => ({ candidate, rules: info.rules })));
      // Said, not dropped without a word: series below it are not searched for.
      else if (info.subfolders.length > 0) result.unreadable.push({ path: dir, code: TOO_DEEP_CODE });
      else result.emptyFolders++;
    }
    layer = next;
  }
  result.series.sort();
  // A folder of one episode is looked at as a part of the folder above it, then as a folder of
  // its own: what could not be read there is said once.
  const said = new Set<string>();
  result.unreadable = result.unreadable.filter((u) => {
    const key = `${u.code}\0${u.path}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  return result;
}

interface FolderInfo {
  isSeries: boolean;
  hasVideos: boolean;
  /** The videos at its top, when asked for (the folder added: those are reported as strays). */
  videos: string[];
  hasNfo: boolean;
  /** Subfolders other than season, extras and system folders. */
  subfolders: string[];
  seasonFolders: string[];
  /** The `.plexignore` rules that reach its subfolders: those above it and its own. */
  rules: readonly PlexIgnoreRules[];
}

async function inspect(
  fs: FsOps,
  dir: string,
  result: Discovery,
  rootReal: string,
  above: readonly PlexIgnoreRules[],
  options: { keepVideos?: boolean } = {},
): Promise<FolderInfo | null> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir);
  } catch (err) {
    result.unreadable.push({ path: dir, code: unreadableCode(dir, err) });
    return null;
  }
  // Left out of media libraries by the user (Kodi's .nomedia, Jellyfin's .ignore): said, not taken.
  const ruleFiles = ruleFilesIn(entries);
  if (ruleFiles.excluded) {
    result.unreadable.push({ path: dir, code: EXCLUDED_CODE });
    return null;
  }
  // Plex's .plexignore: its patterns leave out videos and folders here and below.
  const own = ruleFiles.plexIgnore ? await readPlexIgnore(fs, dir) : null;
  const rules = own ? [...above, own] : above;
  const subfolders: string[] = [];
  const seasonFolders: string[] = [];
  const partFolders: string[] = [];
  let hasVideos = false;
  const videos: string[] = [];
  let hasNfo = false;
  const isSeasonRelease = seasonReleaseCheck(path.basename(dir));
  for (const entry of entries) {
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(fs, path.join(dir, entry.name))));
    if (!isDir) {
      // One video is enough to know, unless the videos themselves are asked for.
      if ((!hasVideos || options.keepVideos) && isVideoFileName(entry.name)) {
        const full = path.join(dir, entry.name);
        if (!isIgnoredFile(rules, full)) {
          hasVideos = true;
          if (options.keepVideos) videos.push(full);
        }
      }
      hasNfo ||= MEDIA_FILENAMES.nfo.includes(entry.name.toLowerCase());
      continue;
    }
    // Extras folders are skipped inside a series (by the video walk), not here: at library level
    // "Other" or "Extras" may well be a series' name.
    if (isSystemFolder(entry.name)) continue;
    // A DVD or Blu-ray folder rip (VIDEO_TS, BDMV) is a video of this folder.
    if (discIndexName(entry.name) !== null) {
      hasVideos = true;
      continue;
    }
    const full = path.join(dir, entry.name);
    if (isIgnoredFolder(rules, full)) {
      result.unreadable.push({ path: full, code: PLEX_IGNORED_CODE });
      continue;
    }
    if (seasonOfFolder(entry.name) !== null || isSeasonRelease(entry.name)) seasonFolders.push(full);
    else if (isEpisodePartFolderName(entry.name)) partFolders.push(full);
    else subfolders.push(full);
  }
  // Folders of one disc or one episode count as other folders here, unless they make this one a series (below).
  const others = partFolders.length > 0 ? [...subfolders, ...partFolders] : subfolders;
  const info = (isSeries: boolean): FolderInfo => ({ isSeries, hasVideos, videos, hasNfo, subfolders: others, seasonFolders, rules });
  if (hasVideos || hasNfo) return info(true);
  // Season folders beside several series (or grouping) folders are strays in a library, not one
  // series' seasons: taken as a series, the library folder would hold every series in it as its episodes.
  if (seasonFolders.length > 0 && (await holdsSeriesFolders(fs, others, STRAY_VIDEO_SUBFOLDERS))) {
    await reportStraySeasons(fs, seasonFolders, result, rules);
    return info(false);
  }
  if (await anyHoldsVideos(fs, seasonFolders, rootReal, result, rules)) return info(true);
  // Folders of one disc or one episode each ("Disc 1", "Show.S01E01.720p-GRP", "Show S01E01/VIDEO_TS")
  // make this folder a series when nothing beside them may be one; otherwise they are series of
  // their own, as a batch release folder in a library is.
  const parts = partFolders.length > 0 && !(await holdsSeriesFolders(fs, subfolders, 1));
  if (parts && (await anyHoldsVideos(fs, partFolders, rootReal, result, rules))) return info(true);
  // A long show kept by arc or saga ("One Piece/East Blue Saga/One Piece - 001.mkv") is one series.
  return info(subfolders.length > 0 && (await subfoldersNamedForFolder(fs, dir, subfolders, rules)));
}

/** Whether one of `folders` (inside the folder added) holds videos; those that cannot be read are reported. */
async function anyHoldsVideos(fs: FsOps, folders: readonly string[], rootReal: string, result: Discovery, rules: readonly PlexIgnoreRules[]): Promise<boolean> {
  for (const folder of folders) {
    const real = await orElse(() => fs.realpath(folder), '');
    if (!isInsideFolder(real, rootReal)) {
      result.unreadable.push({ path: folder, code: OUTSIDE_CODE, ...(real ? { target: real } : {}) });
      continue;
    }
    try {
      if (await hasVideoFiles(folder, fs, rules)) return true;
    } catch (err) {
      // Reported like an unreadable series folder, not dropped without a word.
      result.unreadable.push({ path: folder, code: unreadableCode(folder, err) });
    }
  }
  return false;
}

/**
 * Whether at least `wanted` of `folders` may be series or grouping folders: not extras or a
 * series' films by name, and holding videos or folders of their own. A folder of images only
 * (tinyMediaManager's extrafanart, an artwork backup) does not count. Reads only until enough
 * are found, so a library's own films do not hide its other series.
 */
async function holdsSeriesFolders(fs: FsOps, folders: readonly string[], wanted: number): Promise<boolean> {
  let found = 0;
  for (const folder of folders) {
    const name = path.basename(folder);
    if (isExtrasFolder(name) || isSeriesPartFolderName(name)) continue;
    // A folder that cannot be read may be a series: it counts.
    const entries = await orElse(() => fs.readdir(folder), null);
    const mayHoldEpisodes = entries === null || entries.some((e) => e.isDirectory() || e.isSymbolicLink() || isVideoFileName(e.name));
    if (mayHoldEpisodes && ++found >= wanted) return true;
  }
  return false;
}

/** Season folders with videos in a folder that is no series: said, so their episodes do not vanish without a word. */
async function reportStraySeasons(fs: FsOps, seasonFolders: readonly string[], result: Discovery, rules: readonly PlexIgnoreRules[]): Promise<void> {
  for (const season of seasonFolders) {
    if (await orElse(() => hasVideoFiles(season, fs, rules), false)) result.unreadable.push({ path: season, code: STRAY_SEASON_CODE });
  }
}

async function isDirectory(fs: FsOps, p: string): Promise<boolean> {
  const stat = await orElse(() => fs.stat(p), null);
  return stat?.isDirectory() ?? false;
}
