import fs from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_FILENAMES, MEDIA_KINDS, type MediaKind } from './names';
import { toFsPath } from './to-path';

export interface MediaFileCheck {
  exists: boolean;
  /** The file actually found (its real spelling on disk), or null. */
  path: string | null;
}

export type MediaFiles = Record<MediaKind, MediaFileCheck>;

/**
 * Which of poster / logo / fanart / tvshow.nfo a series folder has. One directory read; names
 * compare case-insensitively and Kodi's alternates count (folder.jpg, clearlogo.png, backdrop.jpg).
 */
export async function checkMediaFiles(dir: string | URL): Promise<MediaFiles> {
  const folder = toFsPath(dir);
  const entries = await fs.readdir(folder, { withFileTypes: true });
  return mediaFilesFromNames(folder, entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name));
}

/** The same check from file names already read (the series walk reads the folder once). */
export function mediaFilesFromNames(folder: string, fileNames: readonly string[]): MediaFiles {
  const byLowerName = new Map<string, string>();
  for (const name of fileNames) {
    const lower = name.toLowerCase();
    // Two spellings of one name can coexist on case-sensitive disks; keep the first seen.
    if (!byLowerName.has(lower)) byLowerName.set(lower, name);
  }
  const result = {} as MediaFiles;
  for (const kind of MEDIA_KINDS) {
    const actual = MEDIA_FILENAMES[kind].map((name) => byLowerName.get(name)).find((name) => name !== undefined);
    result[kind] = { exists: actual !== undefined, path: actual === undefined ? null : path.join(folder, actual) };
  }
  return result;
}
