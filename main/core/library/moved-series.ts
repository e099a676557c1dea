import path from 'node:path';
import type { Db } from '../db/handle';
import { listEpisodeFiles } from '../db/repos/episodes';
import { seriesOfRoot } from '../db/repos/series';
import type { SeriesMove } from '../db/repos/series-move';
import { errnoCode } from '../errors';
import type { FsOps } from '../media/fs-ops';
import { listVideoFiles } from '../media/videos';

/**
 * Series folders renamed or moved inside their library folder, found when that folder is looked
 * through again (by the watcher, `rescan`, or adding it again): a new folder whose videos are
 * those of a series whose folder is gone. Each video is known by its path inside the series
 * folder and its size. At least half of the old series' episodes and half of the new folder's
 * videos must be the same files, and each side pairs with one other at most. A renamer that also
 * renames the files is not recognised: the old series is then missing and the new folder loads
 * as a new series, as it would without this.
 *
 * `discovered` is every series folder the look found under the library folder; `fresh` are those
 * not in the library yet. Costs nothing when no series of the root is gone.
 */
export async function findMovedSeries(db: Db, fs: FsOps, rootId: number, discovered: readonly string[], fresh: readonly string[]): Promise<SeriesMove[]> {
  if (fresh.length === 0) return [];
  const found = new Set(discovered);
  // Offline is a drive away, not a move; a series in a loader's hands now is left to it.
  const candidates = (await seriesOfRoot(db, rootId)).filter((s) => s.state !== 'offline' && s.loading_status !== 'loading' && !found.has(s.path));
  const gone: Array<{ id: number; path: string }> = [];
  for (const s of candidates) if (await isGone(fs, s.path)) gone.push(s);
  if (gone.length === 0) return [];

  // Which gone series holds each (path inside the folder, size); two may share one.
  const owners = new Map<string, number[]>();
  const episodeCount = new Map<number, number>();
  const pathOf = new Map<number, string>();
  for (const s of gone) {
    const files = await listEpisodeFiles(db, s.id);
    if (files.length === 0) continue;
    episodeCount.set(s.id, files.length);
    pathOf.set(s.id, s.path);
    for (const f of files) {
      const key = fileKey(path.relative(s.path, f.path).split(path.sep).join('/'), f.size);
      owners.set(key, [...(owners.get(key) ?? []), s.id]);
    }
  }
  if (owners.size === 0) return [];

  const moves: SeriesMove[] = [];
  const paired = new Set<number>();
  for (const folder of fresh) {
    const videos = await videoKeys(fs, folder);
    if (videos.length === 0) continue;
    const shared = new Map<number, number>();
    for (const key of videos) for (const id of owners.get(key) ?? []) if (!paired.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best: number | null = null;
    for (const [id, count] of shared) {
      const enough = count * 2 >= episodeCount.get(id)! && count * 2 >= videos.length;
      if (enough && (best === null || count > shared.get(best)!)) best = id;
    }
    if (best === null) continue;
    moves.push({ id: best, from: pathOf.get(best)!, to: folder });
    paired.add(best);
  }
  return moves;
}

function fileKey(relPath: string, size: number): string {
  return `${size}\0${relPath}`;
}

/** Only "no such folder" is gone; a folder that cannot be read now may be there. */
async function isGone(fs: FsOps, folder: string): Promise<boolean> {
  try {
    await fs.stat(folder);
    return false;
  } catch (err) {
    const code = errnoCode(err);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

async function videoKeys(fs: FsOps, folder: string): Promise<string[]> {
  try {
    const walk = await listVideoFiles(folder, { fs });
    return walk.files.map((f) => fileKey(f.relPath, f.size));
  } catch {
    return []; // unreadable now: it loads as a new series, and nothing is lost
  }
}
