import type { LoadingStage } from '../../../shared/types';
import type { EpisodeChanges } from '../db/repos/episodes';
import type { WrittenFile } from '../db/repos/written-files';
import type { StageFlag } from '../db/repos/series';
import type { SeriesUpdate } from '../db/schema';
import type { SeriesFolderTimes } from '../scan/scan-series';
import type { RunFindings, StageContext } from './stage-context';

/**
 * One loading stage, described as data: a file exports one of these and the stage list names
 * it. A stage reads what it needs and returns what it found; the runner writes the findings,
 * the stage's flag and the next stage's name in one transaction.
 */
export interface Stage {
  name: LoadingStage;
  /** The series column set to 1 once the stage is done (a resumed load skips done stages). */
  flag: StageFlag;
  /** What the stage waits on: disk stages run on the loader's workers, network ones on a rate-limited queue. */
  waitsOn: 'disk' | 'network';
  /**
   * True when, given what earlier stages of this run found, the stage will not wait at all (a
   * presence check on a folder already read). The runner writes the bookkeeping of consecutive
   * quick stages together, and writes what came before a stage that waits first, so the badge
   * shows what is slow. Absent means the stage always waits.
   */
  quick?(ctx: StageContext): boolean;
  run(ctx: StageContext): Promise<StageResult>;
}

/** What a stage found. Everything is optional: a stage that found nothing returns `{}`. */
export interface StageResult {
  /** Series columns to set. */
  series?: SeriesUpdate;
  /** Episode rows to add, change or drop. */
  episodes?: EpisodeChanges;
  /** Files the stage wrote into the series folder, recorded as Anishelf's with its findings. */
  written?: WrittenFile[];
  /** Facts about the folder later stages of this run may use instead of reading it again. */
  found?: Partial<RunFindings>;
  /** The folder times the stage's read of the folder started from, for the watcher's polls. */
  folderTimes?: SeriesFolderTimes | null;
}
