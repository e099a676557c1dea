import path from 'node:path';
import { inTransaction, type Db } from '../db/handle';
import { listEpisodeFiles } from '../db/repos/episodes';
import { getSeriesRow, seriesNamed, seriesOfRoot } from '../db/repos/series';
import { adoptCopiedSeries, hasUserChoices, type SeriesMove } from '../db/repos/series-move';
import { folderNameColumns } from './folder-name';
import { errnoCode } from '../errors';
import type { FsOps } from '../media/fs-ops';
import { listVideoFiles } from '../media/videos';

// A series folder renamed or moved is known by its videos: each by its path inside the series
// folder and its size. At least half of the old series' episodes and half of the new folder's
// videos must be the same files. A renamer that also renamed the files is not recognised: the old
// series is then missing and the new folder loads as a new series, as it would without this.

/**
 * Series folders renamed or moved, found when a library folder is looked through again (by the
 * watcher, `rescan`, or adding it again): a new folder whose videos are those of a series whose
 * folder is gone. Candidates are the gone series of this library folder, and the series already
 * missing from another one under the same folder name (moved between drives while Anishelf was
 * closed). Each side pairs with one other at most.
 *
 * `discovered` is every series folder the look found under the library folder; `fresh` are those
 * not in the library yet. Costs nothing when no series is gone.
 */
export async function findMovedSeries(db: Db, fs: FsOps, rootId: number, discovered: readonly string[], fresh: readonly string[]): Promise<SeriesMove[]> {
  if (fresh.length === 0) return [];
  const found = new Set(discovered);
  // Offline is a drive away, not a move; a series in a loader's hands now is left to it.
  const inRoot = (await seriesOfRoot(db, rootId)).filter((s) => s.state !== 'offline' && s.loading_status !== 'loading' && !found.has(s.path));
  const gone: Array<{ id: number; path: string }> = [];
  for (const s of inRoot) if (await isGone(fs, s.path)) gone.push(s);
  const elsewhere = await seriesNamed(db, fresh.map((p) => path.basename(p)), ['missing']);
  gone.push(...elsewhere.filter((s) => s.root_id !== rootId && s.loading_status !== 'loading'));
  if (gone.length === 0) return [];

  const known = new KnownVideos();
  for (const s of gone) await known.addSeries(db, s);
  if (known.empty) return [];
  const moves: SeriesMove[] = [];
  for (const folder of fresh) {
    const match = known.bestFor(await videoKeys(fs, folder));
    if (match === null) continue;
    moves.push({ id: match.id, from: match.path, to: folder, rootId });
    known.remove(match.id);
  }
  return moves;
}

/** A series whose folder is gone, and the copy it was moved to (added meanwhile as a new series). */
export interface CopiedSeries extends SeriesMove {
  copyId: number;
}

/**
 * Series just found gone that were copied to another library folder first, as a move between
 * drives does (copy, then delete): the copy, a series added after the gone one under the same
 * folder name, with the same videos and nothing the user set on it, is where the series went.
 */
export async function findCopiesOf(db: Db, fs: FsOps, goneIds: readonly number[]): Promise<CopiedSeries[]> {
  const copies: CopiedSeries[] = [];
  const taken = new Set<number>();
  for (const id of goneIds) {
    const gone = await getSeriesRow(db, id);
    if (!gone || gone.state !== 'missing') continue;
    const others = (await seriesNamed(db, [gone.folder_name], ['present'])).filter(
      (s) => s.id !== id && !taken.has(s.id) && s.root_id !== null && s.loading_status !== 'loading' && s.added_at > gone.added_at,
    );
    if (others.length === 0) continue;
    const known = new KnownVideos();
    await known.addSeries(db, gone);
    for (const copy of others) {
      if (await hasUserChoices(db, copy.id)) continue; // two series the user tends: not for Anishelf to merge
      const videos = copy.episodes_loaded === 1 ? await episodeKeys(db, copy) : await videoKeys(fs, copy.path);
      if (known.bestFor(videos) === null) continue;
      copies.push({ id, from: gone.path, to: copy.path, rootId: copy.root_id!, copyId: copy.id });
      taken.add(copy.id);
      break;
    }
  }
  return copies;
}

/** findCopiesOf, then each copy gives way to its series (see adoptCopiedSeries); returns those done. */
export async function adoptCopies(db: Db, fs: FsOps, goneIds: readonly number[], nowIso: string): Promise<CopiedSeries[]> {
  const copies = await findCopiesOf(db, fs, goneIds);
  if (copies.length === 0) return [];
  return inTransaction(db, async (trx) => {
    const done: CopiedSeries[] = [];
    for (const copy of copies) if (await adoptCopiedSeries(trx, copy, copy.copyId, folderNameColumns(path.basename(copy.to)), nowIso)) done.push(copy);
    return done;
  });
}

/** The videos on record of gone series, to tell which one a folder's videos are. */
export class KnownVideos {
  /** Which series holds each (path inside its folder, size); two may share one. */
  private readonly owners = new Map<string, number[]>();
  private readonly counts = new Map<number, number>();
  private readonly paths = new Map<number, string>();

  get empty(): boolean {
    return this.counts.size === 0;
  }

  async addSeries(db: Db, series: { id: number; path: string }): Promise<void> {
    const keys = await episodeKeys(db, series);
    if (keys.length === 0) return;
    this.counts.set(series.id, keys.length);
    this.paths.set(series.id, series.path);
    for (const key of keys) this.owners.set(key, [...(this.owners.get(key) ?? []), series.id]);
  }

  /** The series these videos are the same files as, by the rule above, or null. */
  bestFor(videos: readonly string[]): { id: number; path: string } | null {
    if (videos.length === 0) return null;
    const shared = new Map<number, number>();
    for (const key of videos) for (const id of this.owners.get(key) ?? []) if (this.counts.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best: number | null = null;
    for (const [id, count] of shared) {
      const enough = count * 2 >= this.counts.get(id)! && count * 2 >= videos.length;
      if (enough && (best === null || count > shared.get(best)!)) best = id;
    }
    return best === null ? null : { id: best, path: this.paths.get(best)! };
  }

  /** Paired: never a second folder's. */
  remove(id: number): void {
    this.counts.delete(id);
  }
}

function fileKey(relPath: string, size: number): string {
  return `${size}\0${relPath}`;
}

async function episodeKeys(db: Db, series: { id: number; path: string }): Promise<string[]> {
  const files = await listEpisodeFiles(db, series.id);
  return files.map((f) => fileKey(path.relative(series.path, f.path).split(path.sep).join('/'), f.size));
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

/** A folder's videos as keys (path inside it, size); none when it cannot be read now. */
export async function videoKeys(fs: FsOps, folder: string): Promise<string[]> {
  try {
    const walk = await listVideoFiles(folder, { fs });
    return walk.files.map((f) => fileKey(f.relPath, f.size));
  } catch {
    return []; // unreadable now: it loads as a new series, and nothing is lost
  }
}
