import type { Stats } from 'node:fs';
import path from 'node:path';
import { errnoCode } from '../errors';
import { isSystemFolder } from '../media/folders';
import { isVideoFileName } from '../media/names';
import type { WatchFs } from './probe';
import { isTemporaryName } from './ignore-names';

export interface FolderStamp {
  path: string;
  mtimeMs: number;
}

export interface SeriesLook {
  /** The series folder and its direct subfolders (seasons, specials…), with their times. */
  folders: FolderStamp[];
  /** Video files (temporary names excluded) in those folders, with their sizes (unless not asked for). */
  sizes: Map<string, number>;
  /** Every entry of those folders, files and folders, by full path (only when asked for). */
  entries: Set<string>;
}

/** A series folder as a scan starts from, read before the scan lists it (see stampSeriesFolder). */
export interface SeriesFolderStamp {
  /** The folders lookAtSeries gives (the series folder first), with their times. */
  folders: FolderStamp[];
  /** The names of the series folder's own entries. */
  names: string[];
}

/** The calls stampSeriesFolder needs: the promise API on the main thread, the synchronous one in a worker. */
export interface FolderReadFs {
  stat(p: string): Pick<Stats, 'mtimeMs'> | Promise<Pick<Stats, 'mtimeMs'>>;
  readdir(p: string): DirEntry[] | Promise<DirEntry[]>;
}

type DirEntry = { name: string; isDirectory(): boolean };

/**
 * The times of a series folder and its subfolders, and the names in it, taken before a scan
 * lists them: whatever changes there after the scan's listing moves a time past these (throws
 * when the folder cannot be read; the scan then says why).
 */
export async function stampSeriesFolder(io: FolderReadFs, seriesPath: string): Promise<SeriesFolderStamp> {
  const folders: FolderStamp[] = [{ path: seriesPath, mtimeMs: (await io.stat(seriesPath)).mtimeMs }];
  const names: string[] = [];
  for (const entry of await io.readdir(seriesPath)) {
    names.push(entry.name);
    if (!isStampedSubfolder(entry)) continue;
    const full = path.join(seriesPath, entry.name);
    try {
      folders.push({ path: full, mtimeMs: (await io.stat(full)).mtimeMs });
    } catch {
      // Gone meanwhile: lookAtSeries leaves it out too.
    }
  }
  return { folders, names };
}

/** The subfolders whose times a poll compares: seasons, specials… never system folders (a NAS's @eaDir). */
function isStampedSubfolder(entry: DirEntry): boolean {
  return entry.isDirectory() && !isSystemFolder(entry.name);
}

/** Reads one series folder one level deep; null when the folder itself is gone (ENOENT). */
export async function lookAtSeries(io: WatchFs, seriesPath: string, options: { sizes?: boolean; entries?: boolean } = {}): Promise<SeriesLook | null> {
  const withSizes = options.sizes ?? true;
  const withEntries = options.entries ?? false;
  let stat;
  try {
    stat = await io.stat(seriesPath);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
    throw err;
  }
  const folders: FolderStamp[] = [{ path: seriesPath, mtimeMs: stat.mtimeMs }];
  const sizes = new Map<string, number>();
  const entries = new Set<string>();
  const read = async (dir: string, depth: number) => {
    for (const entry of await io.readdir(dir)) {
      const full = path.join(dir, entry.name);
      if (withEntries) entries.add(full);
      if (entry.isDirectory()) {
        if (depth > 0 || !isStampedSubfolder(entry)) continue;
        const sub = await io.stat(full).catch(() => null);
        if (!sub) continue;
        folders.push({ path: full, mtimeMs: sub.mtimeMs });
        // Its entries matter only for sizes or entries; its own time is all a folder stamp needs.
        if (withSizes || withEntries) await read(full, depth + 1).catch(() => undefined);
      } else if (withSizes && isVideoFileName(entry.name) && !isTemporaryName(entry.name)) {
        const file = await io.stat(full).catch(() => null);
        if (file) sizes.set(full, file.size);
      }
    }
  };
  await read(seriesPath, 0);
  return { folders, sizes, entries };
}

/** The root and the grouping folders between it and its series ("A-Z/B"), never series folders. */
export function groupingFolders(root: string, seriesPaths: Iterable<string>): string[] {
  const found = new Set<string>([root]);
  for (const seriesPath of seriesPaths) {
    for (let dir = path.dirname(seriesPath); dir.startsWith(root + path.sep); dir = path.dirname(dir)) found.add(dir);
  }
  return [...found].sort();
}
