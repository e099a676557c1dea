import path from 'node:path';
import type { ErrorInfo } from '../../../../shared/types';
import { listEpisodesWithNfo, listEpisodesWithoutNfo, type EpisodeChanges } from '../../db/repos/episodes';
import type { SeriesUpdate } from '../../db/schema';
import { NFO_FILENAME } from '../../media/names';
import { BLOCKING_PROBLEMS } from '../../nfo';
import { episodeFieldsFromName, realEpisodeTitle } from '../../nfo/episode-fields';
import type { Stage } from '../stage';
import type { StageContext } from '../stage-context';
import { isOurs, writtenHashes, type WrittenFile } from '../../db/repos/written-files';
import { isAnishelfError } from '../../errors';
import { ownWrites } from '../../fs/own-writes';
import type { ShowNfoOutcome } from '../show-nfo/write-job';
import type { SeriesFolderTimes } from '../../scan/scan-series';
import { writeEpisodeNfosEnabled } from './episode-nfos';
import { mediaOf } from './presence';
import { seriesColumnsFromNfo } from './nfo-columns';
import { staleOwnNfos, type DifferingNfo } from './stale-own-nfos';

/**
 * Reads tvshow.nfo into the series (never rewriting it) and the episode NFOs beside videos into
 * their episodes. A file that cannot be trusted marks the series "NFO invalid" with its problems;
 * loading goes on. A folder with episodes and no tvshow.nfo gets a minimal one here (setting
 * nfo.writeEpisodeNfos), without which Kodi lists no episode of the show: here, before the series
 * can be identified, so the identification's full NFO is always written after it, never raced.
 * The episode NFOs themselves are written after the load, in the background
 * (loader/episode-nfo-queue.ts), so a series is ready without waiting on tens of small writes.
 */
export const nfoStage: Stage = {
  name: 'nfo',
  flag: 'nfo_loaded',
  waitsOn: 'disk',
  async run(ctx) {
    const media = await mediaOf(ctx);
    const episodes = await readEpisodeNfos(ctx);
    const nfoPath = media.nfo.path;
    let notWritten: ErrorInfo | null = null;
    if (!nfoPath && (await writeEpisodeNfosEnabled(ctx.deps.db)) && (await hasListableEpisode(ctx))) {
      // The folder was just read and has none: it goes under the usual name. What it says is the
      // series' own title and year, so it is not read back.
      const show = await writeShowNfo(ctx, path.join(ctx.series.path, NFO_FILENAME));
      if ('file' in show) return { series: writtenShowNfo(show.file), episodes, written: [show.file], found: { media }, folderTimes: show.folderTimes };
      notWritten = show.problem;
    }
    const series = await readTvshowNfo(ctx, nfoPath);
    if (nfoPath && (await isOwnCutOffWrite(ctx, nfoPath, series))) {
      // Anishelf's own tvshow.nfo, left empty by a power loss before it reached the disk.
      const show = await writeShowNfo(ctx, nfoPath);
      if ('file' in show) return { series: writtenShowNfo(show.file), episodes, written: [show.file], found: { media }, folderTimes: show.folderTimes };
    }
    // Why a series has no tvshow.nfo when Anishelf could not write one (a read-only share, say):
    // kept with the missing NFO, so the detail panel and `show` say it instead of a bare "missing".
    return { series: notWritten ? { ...series, nfo_problems: JSON.stringify([notWritten]) } : series, episodes, written: [], found: { media } };
  },
};

/** The series columns of a tvshow.nfo Anishelf just wrote: its own content, valid. */
function writtenShowNfo(show: WrittenFile): SeriesUpdate {
  return { has_nfo: 1, nfo_path: show.path, nfo_state: 'valid', nfo_problems: '[]' };
}

async function isOwnCutOffWrite(ctx: StageContext, nfoPath: string, read: SeriesUpdate): Promise<boolean> {
  if (read.nfo_state !== 'invalid') return false;
  const problems = JSON.parse(read.nfo_problems ?? '[]') as ErrorInfo[];
  return problems.some((p) => p.code === 'NFO_EMPTY') && (await isOurs(ctx.deps.db, nfoPath, new Uint8Array()));
}

/**
 * The minimal tvshow.nfo, written in a worker thread; a write that failed or hung leaves none and
 * says why. The watcher asks this thread's registry, so the write is noted here as Anishelf's own.
 * When the write alone changed the folder since this run's scan, the folder times it leaves are
 * recorded with it, so the next poll does not read the series again for it.
 */
async function writeShowNfo(ctx: StageContext, target: string): Promise<{ file: WrittenFile; folderTimes: SeriesFolderTimes | null } | { problem: ErrorInfo | null }> {
  const { path: folder, title, year } = ctx.series;
  const scanned = ctx.found.scannedFolder;
  let outcome: ShowNfoOutcome | null = null;
  ownWrites.begin(target);
  try {
    const folderBefore = scanned ? { mtimeMs: scanned.times.folders[0]!.mtimeMs, names: scanned.names } : undefined;
    outcome = await ctx.deps.writeShowNfo({ series: { path: folder, title, year }, target, ...(folderBefore ? { folderBefore } : {}) }, { signal: ctx.signal });
    // Null: the same file is there already (written meanwhile), which the next read takes up.
    if (!outcome) return { problem: null };
    return { file: outcome.file, folderTimes: scanned && outcome.folderMtimeMs !== null ? withSeriesFolderTime(scanned.times, outcome.folderMtimeMs) : null };
  } catch (err) {
    if (ctx.signal.aborted || !isAnishelfError(err)) throw err;
    return { problem: { code: err.code, message: err.message } };
  } finally {
    if (outcome) ownWrites.note(outcome.file.path, { size: outcome.file.bytes.byteLength, mtimeMs: outcome.mtimeMs });
    // Written through a link to its target, or not at all: nothing of ours at `target` itself.
    if (outcome?.file.path !== target) ownWrites.abandon(target);
  }
}

/** The scan's folder times with the series folder's own (the first) as a write left it. */
function withSeriesFolderTime(times: SeriesFolderTimes, mtimeMs: number): SeriesFolderTimes {
  const [series, ...subfolders] = times.folders;
  return { ...times, folders: [{ path: series!.path, mtimeMs }, ...subfolders] };
}

/**
 * Whether Kodi can list some video of the show as an episode: one with an episode NFO, or one
 * the background writer gives an NFO (it needs an episode number). Without a tvshow.nfo Kodi
 * lists none of them; a folder of unnumbered extras gets no tvshow.nfo.
 */
async function hasListableEpisode(ctx: StageContext): Promise<boolean> {
  // This run's folder read knows; after a resume that skipped it, the rows do.
  if (ctx.found.hasListableEpisode !== null) return ctx.found.hasListableEpisode;
  if ((await listEpisodesWithNfo(ctx.deps.db, ctx.series.id)).length > 0) return true;
  return (await listEpisodesWithoutNfo(ctx.deps.db, ctx.series.id)).some((row) => episodeFieldsFromName(row).length > 0);
}

async function readTvshowNfo(ctx: StageContext, nfoPath: string | null): Promise<SeriesUpdate> {
  if (!nfoPath) return { has_nfo: 0, nfo_path: null, nfo_state: 'missing', nfo_problems: '[]' };
  const result = await ctx.deps.readNfo(nfoPath, { signal: ctx.signal });
  const problems: ErrorInfo[] = result.problems.map((p) => ({ code: p.code, message: p.message }));
  const base: SeriesUpdate = { has_nfo: 1, nfo_path: nfoPath, nfo_problems: JSON.stringify(problems) };
  const trusted = result.problems.every((p) => !BLOCKING_PROBLEMS.has(p.code)) && (result.kind === 'tvshow' || result.kind === 'url-only');
  if (!trusted) {
    if (result.kind !== 'tvshow' && result.kind !== 'url-only' && problems.length === 0) {
      problems.push({ code: 'NFO_INVALID', message: `${nfoPath} is a ${result.kind} NFO, not a <tvshow>; Kodi will not read it for this series.` });
    }
    return { ...base, nfo_state: 'invalid', nfo_problems: JSON.stringify(problems) };
  }
  return { ...base, nfo_state: 'valid', ...seriesColumnsFromNfo(ctx.series.provider_ids, result) };
}

/**
 * Episode NFOs give episode titles, and numbers only where the file name gave none. Anishelf's own
 * NFOs that say what it would no longer write are not read back but written again (see
 * stale-own-nfos.ts): the row drops its NFO path, which puts the video on the writer's list.
 */
async function readEpisodeNfos(ctx: StageContext): Promise<EpisodeChanges> {
  const changes: EpisodeChanges = { insert: [], update: [], remove: [] };
  // This run's folder read saw none: the rows (not yet written) would only say what was there before.
  if (ctx.found.hasEpisodeNfos === false) return changes;
  const rows = await listEpisodesWithNfo(ctx.deps.db, ctx.series.id);
  if (rows.length === 0) return changes;
  const results = await ctx.deps.readNfos(rows.map((row) => row.nfo_path), { signal: ctx.signal });
  ctx.signal.throwIfAborted();
  // Anishelf's own episode NFOs that a power loss left empty: no NFO, so the writer makes them again.
  const empty = rows.filter((_, i) => results[i]!.problems.some((p) => p.code === 'NFO_EMPTY'));
  const ownEmpty = empty.length === 0 ? new Map<string, string>() : await writtenHashes(ctx.deps.db, empty.map((row) => row.nfo_path));
  for (const row of empty) if (ownEmpty.has(row.nfo_path)) changes.update.push({ id: row.id, row: { nfo_path: null } });
  const differing: Array<DifferingNfo & { update: EpisodeChanges['update'][number] }> = [];
  for (const [i, row] of rows.entries()) {
    const nfo = results[i]!;
    const entries = nfo.kind === 'episodedetails' ? nfo.episodes : [];
    if (entries.length === 0 || nfo.problems.some((p) => BLOCKING_PROBLEMS.has(p.code))) continue;
    // A multi-episode file's episodes often share one title: show it once.
    const title = [...new Set(entries.map((e) => realEpisodeTitle(e.title, e.episode)).filter(Boolean))].join(' / ') || row.title;
    const numbers = entries.map((e) => e.episode).filter((n): n is number => n !== null);
    const renumber = numbers.length > 0 && (JSON.parse(row.episodes) as number[]).length === 0;
    // Most loads read back what the row holds already (Anishelf's own NFOs, written from it): no write.
    if (title === row.title && !renumber) continue;
    const update: EpisodeChanges['update'][number] = {
      id: row.id,
      row: {
        title,
        ...(renumber ? { episodes: JSON.stringify(numbers), episode: numbers[0]!, season: row.season ?? entries[0]!.season } : {}),
      },
    };
    differing.push({ rowId: row.id, nfoPath: row.nfo_path, titles: entries.map((e) => e.title ?? null), update });
  }
  const stale = await staleOwnNfos(ctx.deps.db, ctx.series.id, differing);
  for (const d of differing) changes.update.push(stale.has(d.rowId) ? { id: d.rowId, row: { nfo_path: null } } : d.update);
  return changes;
}
