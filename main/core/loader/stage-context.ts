import type { Db } from '../db/handle';
import type { ShowNfoJob, ShowNfoOutcome } from './show-nfo/write-job';
import type { SeriesRow } from '../db/schema';
import type { MediaFiles } from '../media/check';
import type { NfoReadResult } from '../nfo';
import type { ArtworkChecks, SnapshotFn } from '../scan/folder-snapshot';
import type { ScannedFolder } from '../scan/scan-series';

/**
 * What stages use, handed in when the loader is built (never reached through the loader):
 * the database for reads (stages write nothing; the runner writes what they return), the folder
 * reader and the NFO reader. Provider clients and the downloader join here.
 */
export interface StageDeps {
  readonly db: Db;
  /** Reads a series folder (in worker threads in the app). */
  readonly snapshot: SnapshotFn;
  /** Reads an NFO off the main thread. */
  readonly readNfo: (file: string, options?: { signal?: AbortSignal }) => Promise<NfoReadResult>;
  /** Many NFO files at once (a series' episode NFOs), one result each in their order. */
  readonly readNfos: (files: readonly string[], options?: { signal?: AbortSignal }) => Promise<NfoReadResult[]>;
  /** Writes a series' minimal tvshow.nfo off the main thread; null when it was not written. */
  readonly writeShowNfo: (job: ShowNfoJob, options?: { signal?: AbortSignal }) => Promise<ShowNfoOutcome | null>;
}

/** Facts an earlier stage of the same run found; unknown after a resume that skipped it. */
export interface RunFindings {
  /** The artwork and tvshow.nfo beside the videos; null when not read in this run. */
  readonly media: MediaFiles | null;
  /** Whether any video has an NFO beside it; null when not known in this run. */
  readonly hasEpisodeNfos: boolean | null;
  /**
   * Whether Kodi can list some video as an episode: it has an episode NFO, or an episode number
   * the background writer gives an NFO. Null when not known.
   */
  readonly hasListableEpisode: boolean | null;
  /** Whether each artwork file in `media` is a real image, as the folder read found; null when not read. */
  readonly artworkOk: ArtworkChecks | null;
  /** The folder times this run's scan recorded and the names in the series folder then; null when not read. */
  readonly scannedFolder: ScannedFolder | null;
}

export const NOTHING_FOUND_YET: RunFindings = { media: null, hasEpisodeNfos: null, hasListableEpisode: null, artworkOk: null, scannedFolder: null };

/** The one series a stage works on, read-only: a new context is made for every stage. */
export interface StageContext {
  readonly series: Readonly<SeriesRow>;
  readonly signal: AbortSignal;
  readonly now: () => Date;
  readonly found: RunFindings;
  readonly deps: StageDeps;
}
