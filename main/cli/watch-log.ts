import type { CoreEvents, SeriesSummary } from '../../shared/types';
import { videosText } from './series-format';

/**
 * The foreground watch's log: one line for each change a user follows (a series found, moved,
 * removed, gaining or losing videos, ready, failed, offline and back, identified), told from the
 * core's `series:changed` events by comparing each series with how it was last seen. Stage
 * progress and other updates that change none of these print nothing.
 */
export class SeriesChangeLog {
  private readonly known = new Map<number, SeriesSummary>();

  constructor(initial: readonly SeriesSummary[]) {
    for (const s of initial) this.known.set(s.id, s);
  }

  /** The lines an event tells, in its order; the series are remembered as they are now. */
  lines(event: CoreEvents['series:changed']): string[] {
    const out: string[] = [];
    for (const id of event.removed ?? []) {
      const was = this.known.get(id);
      if (!was) continue;
      this.known.delete(id);
      out.push(`Removed from the library: ${was.title}`);
    }
    for (const now of event.series) {
      out.push(...describeChange(this.known.get(now.id), now));
      this.known.set(now.id, now);
    }
    return out;
  }
}

/** How a series looks before its first sighting: found, not read yet. */
const UNSEEN: Pick<SeriesSummary, 'state' | 'videoCount' | 'loadingStatus' | 'progress' | 'matchState'> = { state: 'present', videoCount: 0, loadingStatus: 'pending', progress: 0, matchState: null };

/** What changed for a user between two sightings of one series (`was` undefined: it is new). */
export function describeChange(was: SeriesSummary | undefined, now: SeriesSummary): string[] {
  const lines: string[] = [];
  if (!was) lines.push(`New series: ${now.title} (${now.path})`);
  else if (was.path !== now.path) lines.push(`Moved: ${now.title}: ${was.path} → ${now.path}`);
  const before = was ?? UNSEEN;
  if (before.state !== now.state) lines.push(`${now.title}: ${stateText(now)}`);
  // Before its first read a series counts no videos: its first count comes with "ready", not as new ones.
  if (before.videoCount !== now.videoCount && wasRead(before)) {
    const change = now.videoCount - before.videoCount;
    lines.push(`${now.title}: ${videosText(now.videoCount)} (${change > 0 ? `${change} new` : `${-change} gone`})`);
  }
  if (before.loadingStatus !== now.loadingStatus) {
    if (now.loadingStatus === 'completed') lines.push(`${now.title}: ready (${videosText(now.videoCount)})`);
    else if (now.loadingStatus === 'failed') lines.push(`${now.title}: loading failed${now.loadingError ? `: ${now.loadingError.message}` : ''}`);
  }
  const match = now.matchState ?? null;
  if ((before.matchState ?? null) !== match && match !== null && match !== 'waiting') lines.push(`${now.title}: ${MATCH_TEXT[match]}`);
  return lines;
}

/** Whether the series' folder was read once: its video count is then a count, not a placeholder. */
const wasRead = (s: Pick<SeriesSummary, 'videoCount' | 'loadingStatus' | 'progress'>) => s.videoCount > 0 || s.progress > 0 || ['completed', 'failed', 'cancelled'].includes(s.loadingStatus);

function stateText(s: SeriesSummary): string {
  if (s.state === 'offline') return 'offline (its folder cannot be reached; it stays in the library)';
  if (s.state === 'missing') return 'its folder is gone (`anishelf gone --remove` takes such series out)';
  return 'back';
}

const MATCH_TEXT = {
  matched: 'identified online',
  needs_review: 'needs review: more than one entry fits (`anishelf identify` lists them)',
  unmatched: 'no match found online (`anishelf identify --pick` sets one)',
} as const;
