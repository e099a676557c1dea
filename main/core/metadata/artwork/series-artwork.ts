import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArtworkRefreshResult, ErrorInfo } from '../../../../shared/types';
import type { Db } from '../../db/handle';
import { regularEpisodesPerSeason } from '../../db/repos/episodes';
import { getSeriesMatch } from '../../db/repos/matches';
import { requireSeriesRow, updateSeries } from '../../db/repos/series';
import { isOurs } from '../../db/repos/written-files';
import { errnoCode, isAnishelfError } from '../../errors';
import { checkMediaFiles } from '../../media/check';
import { isProviderError } from '../http/errors';
import type { Providers } from '../match/identify';
import { artworkVersions, mediaColumns } from '../../loader/stages/presence';
import { artworkTargets, existingFile, type ArtworkTarget } from './artwork-targets';
import { asImageType } from '../../artwork/convert-image';
import { downloadArtwork, type ArtworkDownloadDeps } from '../../artwork/download-artwork';
import { DownloadFailure } from '../../artwork/fetch-image';
import { matchKey, providerArtwork, askableOf, type ArtworkCandidate } from './provider-artwork';
import { keepingFolderTimes } from '../../watch/own-folder-writes';
import { readRegularFile } from '../../fs/regular-file';

export interface SeriesArtworkDeps {
  db: Db;
  providers: Providers;
  language: string;
  now: () => Date;
  /** Counts one download against the budget of the provider that serves it. */
  budget?: (provider: ArtworkCandidate['provider'], signal?: AbortSignal) => Promise<void>;
  /** Downloader settings (tests shorten the waits). */
  download?: Pick<ArtworkDownloadDeps, 'fetch' | 'retryDelaysMs' | 'sleep' | 'stallMs' | 'maxBytes'>;
}

/**
 * missing: fill only what the folder lacks (the network queue, after identification).
 * refresh: also replace the files Anishelf wrote and nobody changed since ("Refresh artwork").
 */
export type FetchMode = 'missing' | 'refresh';

export type ArtworkFetchOutcome = ArtworkRefreshResult;

/**
 * Fetches a matched series' artwork from its provider entries through the safe downloader
 * (validated, atomic, hash recorded), then records presence and the attempt on the series row.
 * The user's files are never replaced here; only "Replace artwork…" does that.
 */
export async function fetchSeriesArtwork(deps: SeriesArtworkDeps, seriesId: number, mode: FetchMode, signal?: AbortSignal): Promise<ArtworkFetchOutcome> {
  const row = await requireSeriesRow(deps.db, seriesId);
  const match = await getSeriesMatch(deps.db, seriesId);
  const key = match ? matchKey(match) : null;
  const outcome: ArtworkFetchOutcome = { match: key, written: [], kept: [], failed: [], waiting: null };
  if (!match || !key) return outcome;
  // What could be asked now: a provider switched on (or given its key) later makes the queue come back.
  const fetchedFor = matchKey(match, askableOf(deps.providers));
  try {
    const seasons = [...(await regularEpisodesPerSeason(deps.db, seriesId)).keys()];
    const art = await providerArtwork(match, { providers: deps.providers, language: deps.language, seasons, ...(signal ? { signal } : {}) });
    const names = await fs.readdir(row.path);
    // Anishelf's own files do not make the next sweep read the series again.
    await keepingFolderTimes(deps.db, seriesId, async () => {
      for (const target of artworkTargets(art)) {
        if (target.candidates.length === 0) continue;
        await fillTarget(deps, row.path, names, target, mode, outcome, signal);
      }
    });
  } catch (err) {
    signal?.throwIfAborted();
    outcome.waiting = waitingReason(err);
  }
  await recordAttempt(deps, seriesId, row.path, outcome, fetchedFor);
  return outcome;
}

async function fillTarget(deps: SeriesArtworkDeps, folder: string, names: readonly string[], target: ArtworkTarget, mode: FetchMode, outcome: ArtworkFetchOutcome, signal?: AbortSignal): Promise<void> {
  const existing = existingFile(folder, names, target);
  if (existing !== null) {
    if (mode === 'missing') return;
    // Refresh replaces only Anishelf's own, unchanged file under the name it writes.
    const ours = path.basename(existing) === target.name && (await isOurs(deps.db, existing, await readRegularFile(existing)));
    if (!ours) {
      outcome.kept.push(existing);
      return;
    }
  }
  let last: ErrorInfo | null = null;
  for (const candidate of target.candidates) {
    try {
      const result = await downloadArtwork(
        { url: candidate.url, folder, names: { [target.type]: target.name }, kind: target.written, mode: 'refresh', convert: (bytes) => asImageType(bytes, target.type) },
        { db: deps.db, now: deps.now, ...deps.download, ...(signal ? { signal } : {}), beforeAttempt: () => deps.budget?.(candidate.provider, signal) ?? Promise.resolve() },
      );
      if (result.written) outcome.written.push(result.path);
      else outcome.kept.push(result.path);
      return;
    } catch (err) {
      // A bad image (HTML, too large, an SVG that will not convert): the next candidate. Offline,
      // rate-limited, a read-only or full disk: the caller stops and tries again later.
      if (!isCandidateFault(err)) throw err;
      last = { code: err.code, message: err.message };
    }
  }
  if (last) outcome.failed.push({ kind: target.kind, season: target.season, ...last });
}

function isCandidateFault(err: unknown): err is DownloadFailure {
  if (!isAnishelfError(err) || (err instanceof DownloadFailure && err.retryable)) return false;
  return err.code.startsWith('DOWNLOAD_') || err.code === 'ARTWORK_CONVERT';
}

/**
 * Offline, rate-limited, or the folder could not be read or written (a share gone, a read-only
 * disk): the artwork waits and is tried again later; the queue and the load never fail on it.
 */
function waitingReason(err: unknown): ErrorInfo {
  if (isProviderError(err) || (err instanceof DownloadFailure && err.retryable)) return { code: err.code, message: err.message };
  if (isAnishelfError(err)) return { code: err.code, message: err.message };
  const code = errnoCode(err);
  if (code) return { code, message: `The series folder could not be read or written (${code}); the artwork is tried again later.` };
  return { code: 'ARTWORK_FAILED', message: 'The artwork could not be fetched; it is tried again later.' };
}

async function recordAttempt(deps: SeriesArtworkDeps, seriesId: number, folder: string, outcome: ArtworkFetchOutcome, fetchedFor: string | null): Promise<void> {
  const media = await checkMediaFiles(folder).catch(() => null);
  // Versions change only with a file written here: the images stage read the others' headers already.
  const versions = media && outcome.written.length > 0 ? await artworkVersions(media) : {};
  await updateSeries(deps.db, seriesId, {
    ...(media ? mediaColumns(media, ['poster', 'logo', 'fanart']) : {}),
    ...versions,
    artwork_fetched_for: outcome.waiting ? null : fetchedFor,
    artwork_fetched_at: deps.now().toISOString(),
    artwork_error: outcome.waiting ? JSON.stringify(outcome.waiting) : null,
    updated_at: deps.now().toISOString(),
  });
}
