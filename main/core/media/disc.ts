import type { Dirent } from 'node:fs';
import path from 'node:path';
import { isAtomicTempName } from '../fs/atomic-write';
import type { FsOps } from './fs-ops';

// DVD and Blu-ray folder rips. Kodi and Jellyfin play a folder holding VIDEO_TS or BDMV as one
// video: VIDEO_TS/VIDEO_TS.IFO or BDMV/index.bdmv. The VOB and m2ts files inside are pieces of
// it, never episodes. Kodi looks for the episode NFO first beside that file, with its name
// (VIDEO_TS/VIDEO_TS.nfo, BDMV/index.nfo); Jellyfin reads the same names.

/** The index file (lower-case) of a disc structure folder, by the folder's name, or null. */
export function discIndexName(folderName: string): string | null {
  const name = folderName.toLowerCase();
  if (name === 'video_ts') return 'video_ts.ifo';
  if (name === 'bdmv') return 'index.bdmv';
  return null;
}

export interface DiscIndex {
  /** The file a player opens, with its spelling on disk. */
  file: string;
  /** The NFO beside it with its name, when there is one. */
  nfo?: string;
  /** Temp files of Anishelf's writes left there by a killed process (see VideoWalk). */
  leftoverTemps: string[];
}

/** The index file of the disc structure folder `dir` (named `name`), or null when it has none. */
export async function readDiscIndex(fs: FsOps, dir: string, name: string): Promise<DiscIndex | null> {
  const indexName = discIndexName(name);
  if (indexName === null) return null;
  const nfoName = `${indexName.slice(0, indexName.lastIndexOf('.'))}.nfo`;
  const entries: Dirent[] = await fs.readdir(dir);
  const index = entries.find((e) => !e.isDirectory() && e.name.toLowerCase() === indexName);
  if (!index) return null;
  const nfo = entries.find((e) => !e.isDirectory() && e.name.toLowerCase() === nfoName);
  const leftoverTemps = entries.filter((e) => e.isFile() && isAtomicTempName(e.name)).map((e) => path.join(dir, e.name));
  return { file: path.join(dir, index.name), ...(nfo ? { nfo: path.join(dir, nfo.name) } : {}), leftoverTemps };
}
