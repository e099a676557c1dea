import type { ErrorInfo } from '../../../../shared/types';
import type { EpisodeChanges } from '../../db/repos/episodes';
import { listEpisodesWithoutNfo } from '../../db/repos/episodes';
import { unreadablePathsOf } from '../../db/repos/series';
import { getSetting } from '../../db/repos/settings';
import { isOurs, recordWritten, writtenHashes, type WrittenFile } from '../../db/repos/written-files';
import { isInsideAny } from '../../fs/inside';
import { ownWrites } from '../../fs/own-writes';
import type { LibraryFs } from '../../fs/library-fs';
import type { EpisodeNfoJob, EpisodeNfoOutcome } from '../episode-nfos/write-job';
import { listEpisodeNfoSources } from '../../db/repos/episode-files';
import type { Db, DbOrTx } from '../../db/handle';
import { providerDetailsByFile, withProviderDetails } from '../../missing/episode-details';
import { isAnishelfError } from '../../errors';
import { episodeFieldsFromName, withStackPart, type ParsedEpisode } from '../../nfo/episode-fields';
import type { EpisodeFields } from '../../nfo/merge-episode';
import { existingNfoPath, saveTvshowNfo } from '../../nfo/save';
import { episodeNfoPathFor, saveEpisodeNfo } from '../../nfo/save-episode';
import { mapLimit } from '../../util/map-limit';
import { keepingFolderTimes } from '../../watch/own-folder-writes';

export const WRITE_EPISODE_NFOS_SETTING = 'nfo.writeEpisodeNfos';
const CONCURRENCY = 4;

export interface EpisodeNfoWrites {
  /** The episode rows that now have an NFO, and the files written (to record as Anishelf's). */
  episodes: EpisodeChanges;
  written: WrittenFile[];
  /** Videos left without an NFO: no episode number in the name, or a file that is not ours. */
  skipped: number;
  /** The first write that failed (a read-only share, a full disk); the rest were not tried. */
  error: ErrorInfo | null;
  /** Written from file names alone: no provider episode list was stored when they were built. */
  fromNamesOnly: boolean;
}

export function writeEpisodeNfosEnabled(db: DbOrTx): Promise<boolean> {
  return getSetting(db, WRITE_EPISODE_NFOS_SETTING, true);
}

/** Writes a batch of episode NFOs (in a worker thread in the app) and says what became of each. */
export type EpisodeNfoWriter = (jobs: EpisodeNfoJob[], signal: AbortSignal) => Promise<EpisodeNfoOutcome[]>;

/**
 * Writes an `<episodedetails>` NFO beside every video of one series that has none, from what
 * its file name says (and the provider's episode list, once stored). Kodi's "Local information
 * only" scraper lists only episodes with an NFO of their own; these make it list every file.
 * Returns what to record. The watcher is told of each write first, so it is not taken for a change.
 */
export async function writeMissingEpisodeNfos(db: Db, seriesId: number, write: EpisodeNfoWriter, signal: AbortSignal): Promise<EpisodeNfoWrites> {
  // Videos kept under what the last read could not read (a locked season) are not written beside.
  const unread = await unreadablePathsOf(db, seriesId);
  const rows = (await listEpisodesWithoutNfo(db, seriesId)).filter((r) => !isInsideAny(r.path, unread));
  const out: EpisodeNfoWrites = { episodes: { insert: [], update: [], remove: [] }, written: [], skipped: 0, error: null, fromNamesOnly: false };
  // Once the provider's episode list is stored, new files get its titles, plots and dates at once.
  const details = rows.length > 0 ? await providerDetailsByFile(db, seriesId) : new Map();
  out.fromNamesOnly = details.size === 0;
  const todo: Array<{ id: number; job: EpisodeNfoJob }> = [];
  for (const row of rows) {
    const fields = nfoFieldsFor(row, details.get(row.path));
    if (fields.length === 0) out.skipped++;
    else todo.push({ id: row.id, job: { video: row.path, fields, ownedHash: null } });
  }
  if (todo.length === 0) return out;
  // A file at the target that the scan did not see may be one Anishelf wrote: merged into only then.
  const owned = await writtenHashes(db, todo.map((t) => episodeNfoPathFor(t.job.video)));
  for (const t of todo) t.job.ownedHash = owned.get(episodeNfoPathFor(t.job.video)) ?? null;
  for (const t of todo) ownWrites.begin(episodeNfoPathFor(t.job.video));
  let outcomes: EpisodeNfoOutcome[] = [];
  try {
    outcomes = await write(todo.map((t) => t.job), signal);
  } finally {
    todo.forEach((t, i) => {
      const outcome = outcomes[i];
      const target = episodeNfoPathFor(t.job.video);
      if (outcome?.written) ownWrites.note(outcome.path, { size: outcome.bytes.byteLength, mtimeMs: outcome.mtimeMs });
      else ownWrites.abandon(target);
    });
  }
  outcomes.forEach((outcome, i) => {
    if (!outcome.written) {
      out.skipped++;
      out.error ??= outcome.error;
      return;
    }
    out.episodes.update.push({ id: todo[i]!.id, row: { nfo_path: outcome.path } });
    out.written.push({ path: outcome.path, kind: 'episode-nfo', bytes: outcome.bytes });
  });
  return out;
}

/**
 * Fills the episode NFOs Anishelf wrote from file names alone with the provider's title, plot
 * and air date, once the series' episode list is stored. Only files Anishelf wrote and nobody
 * changed since (same hash as recorded) are merged into; the user's NFOs and locked elements are
 * left as they are. Returns how many files were rewritten.
 */
export async function fillEpisodeNfos(db: Db, seriesId: number, now: () => Date, signal?: AbortSignal): Promise<number> {
  if (!(await writeEpisodeNfosEnabled(db))) return 0;
  const details = await providerDetailsByFile(db, seriesId);
  if (details.size === 0) return 0;
  const rows = (await listEpisodeNfoSources(db, seriesId)).filter((r) => r.nfo_path !== null && details.has(r.path));
  if (rows.length === 0) return 0;
  // Anishelf's own rewrites do not make the next sweep read the series again.
  return keepingFolderTimes(db, seriesId, () => mergeProviderDetails(db, rows, details, now, signal));
}

async function mergeProviderDetails(db: Db, rows: Awaited<ReturnType<typeof listEpisodeNfoSources>>, details: Awaited<ReturnType<typeof providerDetailsByFile>>, now: () => Date, signal?: AbortSignal): Promise<number> {
  let written = 0;
  await mapLimit(rows, CONCURRENCY, async (row) => {
    signal?.throwIfAborted();
    const fields = nfoFieldsFor(row, details.get(row.path));
    if (fields.length === 0) return;
    try {
      const result = await saveEpisodeNfo(row.path, fields, { nfoPath: row.nfo_path, mayUpdate: (file, bytes) => isOurs(db, file, bytes) });
      if (!result.written) return;
      await recordWritten(db, result.path, 'episode-nfo', result.bytes, now());
      written++;
    } catch (err) {
      // A read-only share or a full disk: the NFO stays as it was; the next refresh tries again.
      if (!isAnishelfError(err)) throw err;
    }
  });
  return written;
}

/** What one video's NFO says: its name's numbers and title, the provider's details, its part. */
export function nfoFieldsFor(row: ParsedEpisode, details: Parameters<typeof withProviderDetails>[1]): EpisodeFields[] {
  return withStackPart(withProviderDetails(episodeFieldsFromName(row), details), row);
}

/**
 * Kodi's local scraper adds a show only from a tvshow.nfo: a series without one (not matched
 * yet, providers off) gets a minimal one — its title and, when known, its year with a premiere
 * date — so Kodi lists its episodes. A match fills it in later through the same merging writer.
 * Null when none was written; a write that failed is null too (see saveMinimalShowNfo).
 */
export async function writeMinimalShowNfo(series: MinimalShow, options: MinimalShowOptions = {}): Promise<(WrittenFile & { mtimeMs: number }) | null> {
  try {
    return await saveMinimalShowNfo(series, options);
  } catch (err) {
    if (isAnishelfError(err)) return null;
    throw err;
  }
}

type MinimalShow = { path: string; title: string; year: number | null };
type MinimalShowOptions = { createOnly?: boolean; target?: string; fs?: LibraryFs };

/** writeMinimalShowNfo, with the reason a write failed thrown (WRITE_READ_ONLY…) for the loader to show. */
export async function saveMinimalShowNfo(series: MinimalShow, options: MinimalShowOptions = {}): Promise<(WrittenFile & { mtimeMs: number }) | null> {
  // Only where the folder has none: an NFO there now was written by someone else meanwhile.
  if (options.createOnly && (await existingNfoPath(series.path))) return null;
  // A bulk writer of new files: not flushed one by one (see writeFileAtomic's flushNew).
  const result = await saveTvshowNfo(series.path, { title: series.title, ...(series.year ? { year: series.year } : {}) }, { ...(options.target ? { target: options.target } : {}), ...(options.fs ? { fs: options.fs } : {}), flushNew: false });
  if (!result.written) return null;
  return { path: result.path, kind: 'nfo', bytes: result.bytes, mtimeMs: result.mtimeMs };
}
