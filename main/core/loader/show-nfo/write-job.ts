import fs from 'node:fs';
import path from 'node:path';
import type { WrittenFile } from '../../db/repos/written-files';
import { SYNC_FS } from '../../fs/library-fs';
import { saveMinimalShowNfo } from '../stages/episode-nfos';

/** One minimal tvshow.nfo to write: plain data, it crosses to a worker thread. */
export interface ShowNfoJob {
  series: { path: string; title: string; year: number | null };
  /** Where it goes: the folder was just read and has none. */
  target: string;
  /** The series folder as the load's scan left it: its time and names (see folderTimeLeft). */
  folderBefore?: FolderBefore;
}

export interface FolderBefore {
  mtimeMs: number;
  names: readonly string[];
}

/** What was written, with the time it was left with: the main thread notes it as Anishelf's own. */
export interface ShowNfoOutcome {
  file: WrittenFile;
  mtimeMs: number;
  /** The series folder's time after the write, when nothing but the write changed it since the scan; else null. */
  folderMtimeMs: number | null;
}

export async function writeShowNfoJob(job: ShowNfoJob): Promise<ShowNfoOutcome | null> {
  // The time comes from the atomic write's own handle: no second look by path. Synchronous calls:
  // this thread writes one file at a time (see SYNC_FS).
  // A failed write throws its reason (a read-only folder…): the nfo stage keeps it for the user.
  const unchanged = job.folderBefore !== undefined && folderMtimeMs(job.series.path) === job.folderBefore.mtimeMs;
  const written = await saveMinimalShowNfo(job.series, { target: job.target, fs: SYNC_FS });
  if (!written) return null;
  const { mtimeMs, ...file } = written;
  return { file, mtimeMs, folderMtimeMs: unchanged ? folderTimeLeft(job.series.path, job.folderBefore!, file.path) : null };
}

/**
 * The series folder's time after Anishelf's write, when its entries are the scan's plus the file
 * written: the time then stands for what the scan read, and the watcher's polls record it (a file
 * someone copied in meanwhile would otherwise pass for part of the write). Null otherwise.
 */
function folderTimeLeft(folder: string, before: FolderBefore, written: string): number | null {
  const time = folderMtimeMs(folder);
  const names = readNames(folder);
  if (time === null || names === null) return null;
  const expected = new Set(before.names);
  if (path.dirname(written) === folder) expected.add(path.basename(written));
  return names.length === expected.size && names.every((name) => expected.has(name)) ? time : null;
}

function folderMtimeMs(folder: string): number | null {
  try {
    return fs.statSync(folder).mtimeMs;
  } catch {
    return null;
  }
}

function readNames(folder: string): string[] | null {
  try {
    return fs.readdirSync(folder);
  } catch {
    return null;
  }
}
