import type { LoaderStatus, SeriesSummary } from '../../../shared/types';
import { isMissingArtwork } from './query';

const n = (x: number) => x.toLocaleString('en-US');

export interface LibraryCounts {
  total: number;
  pending: number;
  loading: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** Offline or gone folders (the Offline chip); counted here only, never also as failed or queued. */
  offline: number;
  /** Of those, the ones whose folder is gone from an online library folder. */
  gone: number;
  /** The counts the "Missing artwork" and "Missing NFO" chips show (the filters' own rules). */
  missingArtwork: number;
  missingNfo: number;
  /** Online identification found candidates but none clear enough: the user chooses. */
  needsReview: number;
}

export function countSeries(series: Iterable<SeriesSummary>): LibraryCounts {
  const counts: LibraryCounts = { total: 0, pending: 0, loading: 0, completed: 0, failed: 0, cancelled: 0, offline: 0, gone: 0, missingArtwork: 0, missingNfo: 0, needsReview: 0 };
  for (const s of series) {
    counts.total++;
    if (isMissingArtwork(s)) counts.missingArtwork++;
    if (!s.hasNfo) counts.missingNfo++;
    // An offline series shows "Offline" whatever its loading status: it is counted once, there.
    if (s.state === 'missing') counts.gone++;
    if (s.state !== 'present') counts.offline++;
    else counts[s.loadingStatus]++;
    if (s.matchState === 'needs_review') counts.needsReview++;
  }
  return counts;
}

export interface Summary {
  text: string;
  tone: 'idle' | 'busy' | 'ok' | 'problem' | 'paused';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The header line: "Loading 4 · 36 queued" (4 series being read now, 36 waiting for a worker),
 * "532 series, all ready", "2 failed"…
 */
export function loaderSummary(counts: LibraryCounts, loader: LoaderStatus | null): Summary {
  const { total, failed } = counts;
  if (total === 0) return { text: 'No series yet', tone: 'idle' };
  const toLoad = counts.pending + counts.loading;
  const extras: string[] = [];
  if (failed > 0) extras.push(`${failed.toLocaleString('en-US')} failed`);
  // A folder gone is not one that cannot be reached: the header names each (the badge does too).
  if (counts.offline > counts.gone) extras.push(`${n(counts.offline - counts.gone)} offline`);
  if (counts.gone > 0) extras.push(`${n(counts.gone)} gone`);
  if (toLoad > 0) {
    const queued = counts.pending > 0 ? [`${n(counts.pending)} queued`] : [];
    const head = loader?.paused ? ['Paused', ...(counts.loading > 0 ? [`${n(counts.loading)} finishing`] : []), ...queued] : [`Loading ${n(counts.loading)}`, ...queued];
    return { text: [...head, ...extras].join(' · '), tone: loader?.paused ? 'paused' : 'busy' };
  }
  if (extras.length > 0) return { text: `${plural(total, 'series', 'series')}, ${extras.join(', ')}`, tone: 'problem' };
  if (counts.cancelled > 0) return { text: `${plural(total, 'series', 'series')}, ${counts.cancelled.toLocaleString('en-US')} cancelled`, tone: 'idle' };
  return { text: `${plural(total, 'series', 'series')}, all ready`, tone: 'ok' };
}

/**
 * The network queue's line: "Identifying · 120 of 900 left · AniList 25/min" (without "left", a
 * count that falls read as progress), or what a provider makes us wait for ("AniList:
 * rate-limited, resuming in 40 s"); null when there is nothing to say.
 */
export function networkSummary(loader: LoaderStatus | null): string | null {
  const net = loader?.network;
  if (!net || net.providers.length === 0 || net.total === 0) return null;
  const providers = net.providers.map((p) => p.message ?? `${p.label} ${n(p.perMinute)}/min`).join(' · ');
  const unidentified = net.total - net.identified;
  // Identification first; a refresh asked for the whole library is the queue's work once every series has a match.
  const work =
    unidentified > 0
      ? { doing: 'Identifying', paused: 'Identification paused', left: unidentified, of: ` of ${n(net.total)}` }
      : net.refreshing > 0
        ? { doing: 'Refreshing from providers', paused: 'Refresh from providers paused', left: net.refreshing, of: '' }
        : null;
  if (work === null) return null;
  if (net.paused) return `${work.paused} · ${n(work.left)} left${net.running > 0 ? ` · ${net.running} finishing` : ''}`;
  const head = net.waiting > 0 && net.running === 0 ? `${n(net.waiting)} waiting for the network` : `${work.doing} · ${n(work.left)}${work.of} left`;
  return `${head} · ${providers}`;
}
