import type { GroupCommit } from '../db/group-commit';
import { applyEpisodeChanges, mergeEpisodeChanges, type EpisodeChanges } from '../db/repos/episodes';
import { finishJob } from '../db/repos/jobs';
import { markCompleted, updateSeries } from '../db/repos/series';
import { recordWritten, type WrittenFile } from '../db/repos/written-files';
import type { JobRow, SeriesRow, SeriesUpdate } from '../db/schema';
import { recordScannedFolderTimes, type SeriesFolderTimes } from '../scan/scan-series';
import type { Stage, StageResult } from './stage';
import { NOTHING_FOUND_YET, type RunFindings, type StageContext, type StageDeps } from './stage-context';

export interface RunStagesOptions {
  /** Where the stages' writes go: they share transactions with other series' writes. */
  writes: GroupCommit;
  deps: StageDeps;
  stages: readonly Stage[];
  job: JobRow;
  series: SeriesRow;
  signal: AbortSignal;
  now: () => Date;
  /** Called as each stage starts; lets tracing and tests observe or hold a stage. */
  beforeStage?: ((seriesId: number, stage: Stage['name'], signal: AbortSignal) => Promise<void>) | undefined;
  /** Called after each write, so the change reaches the UI. */
  changed: () => void;
}

interface Pending {
  series: SeriesUpdate;
  episodes: EpisodeChanges | null;
  written: WrittenFile[];
  folderTimes: SeriesFolderTimes | null;
}

/**
 * Runs the stages of one series that are not done yet, in list order. Each stage's findings are
 * written with its bookkeeping (its flag, the next stage) in one write, committed with other
 * series' writes through the group commit; the last write also takes the job off the queue. A
 * stage that waited is written as soon as it ends; quick stages (presence checks on a folder
 * already read) are written together with the next write.
 */
export async function runStages(options: RunStagesOptions): Promise<void> {
  const { writes, series, job, signal } = options;
  const iso = () => options.now().toISOString();
  // Stages finished before a crash or a failed attempt are not redone.
  const todo = options.stages.filter((stage) => series[stage.flag] !== 1);
  if (todo.length === 0) {
    await writes.run(async (trx) => {
      await markCompleted(trx, series.id, iso());
      await finishJob(trx, job.id);
    });
    return;
  }
  const write = async (pending: Pending | null, last: boolean) => {
    // Awaited: the next stage may read what this one wrote (the nfo stage reads the episode rows).
    await writes.run(async (trx) => {
      if (pending?.episodes) await applyEpisodeChanges(trx, pending.episodes);
      for (const file of pending?.written ?? []) await recordWritten(trx, file.path, file.kind, file.bytes, options.now());
      if (pending) await updateSeries(trx, series.id, pending.series);
      if (pending?.folderTimes) await recordScannedFolderTimes(trx, pending.folderTimes);
      if (last) await finishJob(trx, job.id);
    });
    options.changed();
  };
  let found: RunFindings = NOTHING_FOUND_YET;
  let pending: Pending | null = null;
  for (const [i, stage] of todo.entries()) {
    const next = todo[i + 1] ?? null;
    signal.throwIfAborted();
    const ctx: StageContext = Object.freeze({ series, signal, now: options.now, found, deps: options.deps });
    const quick = stage.quick?.(ctx) === true;
    if (pending && !quick) {
      await write(pending, false);
      pending = null;
    }
    await options.beforeStage?.(series.id, stage.name, signal);
    const result = await stage.run(ctx);
    signal.throwIfAborted();
    found = Object.freeze({ ...found, ...result.found });
    pending = withResult(pending, result, stageDoneColumns(stage, next, iso()));
    // What took waiting is kept at once; quick findings go out with the next write.
    if (!quick && next !== null) {
      await write(pending, false);
      pending = null;
    }
  }
  await write(pending, true);
}

function withResult(pending: Pending | null, result: StageResult, bookkeeping: SeriesUpdate): Pending {
  const episodes = pending?.episodes && result.episodes ? mergeEpisodeChanges(pending.episodes, result.episodes) : (result.episodes ?? pending?.episodes ?? null);
  return {
    series: { ...pending?.series, ...result.series, ...bookkeeping },
    episodes,
    written: [...(pending?.written ?? []), ...(result.written ?? [])],
    folderTimes: result.folderTimes ?? pending?.folderTimes ?? null,
  };
}

/** The columns that close a stage: its flag, and either the next stage or the completed status. */
export function stageDoneColumns(stage: Stage, next: Stage | null, nowIso: string): SeriesUpdate {
  const columns: SeriesUpdate = { [stage.flag]: 1, loading_stage: next?.name ?? null, updated_at: nowIso };
  if (next === null) Object.assign(columns, { loading_status: 'completed', loading_completed_at: nowIso, loading_error_code: null, loading_error: null });
  return columns;
}
