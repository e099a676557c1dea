import path from 'node:path';
import type { FsOps } from '../media/fs-ops';
import { isVideoFileName } from '../media/names';
import { isIgnoredFile, type PlexIgnoreRules } from '../media/plex-ignore';
import { parseEpisodeName } from '../scan/episode-name';
import { normalizeTitle } from '../util/normalize-title';
import { orElse } from '../util/or-else';
import { folderTitleKey } from './folder-name';

/** Subfolders looked into: enough to tell, few enough for an add of a thousand folders. */
const SAMPLED = 4;

/**
 * Whether the subfolders of `dir` are parts of one series named like `dir`, not series of their
 * own: "One Piece/East Blue Saga/One Piece - 001.mkv", "Breaking Bad/Breaking Bad Season One/…".
 * Long shows are kept by arc or saga; Kodi takes each folder of a TV source for one show, and so
 * does Anishelf when the videos in its subfolders are named after it and none after the subfolder
 * that holds them ("A/Akira/Akira - 01.mkv" is a letter layer, "Gundam/Gundam Wing/…" a franchise).
 */
export async function subfoldersNamedForFolder(fs: FsOps, dir: string, subfolders: readonly string[], rules: readonly PlexIgnoreRules[]): Promise<boolean> {
  const own = folderTitleKey(path.basename(dir));
  if (own === '') return false;
  let forParent = 0;
  for (const folder of subfolders.slice(0, SAMPLED)) {
    const entries = await orElse(() => fs.readdir(folder), null);
    const video = entries?.find((e) => !e.isDirectory() && isVideoFileName(e.name) && !isIgnoredFile(rules, path.join(folder, e.name)));
    if (!video) continue;
    const title = normalizeTitle(parseEpisodeName(video.name).title ?? '');
    if (title === '' || title === folderTitleKey(path.basename(folder))) return false;
    if (title !== own) return false;
    forParent++;
  }
  return forParent > 0;
}
