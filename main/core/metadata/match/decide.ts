import type { MatchState } from '../../../../shared/types';
import type { Scored } from './score';

/**
 * Thresholds, calibrated on the folder-name table (testing/data/folder-names.ts): a wrong match
 * written into an NFO is worse than none, so auto-accepting needs both a high score and a clear
 * lead over the runner-up; exact ties are never accepted.
 */
export const THRESHOLDS = {
  autoAccept: 0.85,
  minLead: 0.1,
  review: 0.5,
} as const;

export interface Decision {
  state: Exclude<MatchState, 'waiting'>;
  best: Scored | null;
  ranked: Scored[];
}

export function decide(scored: readonly Scored[]): Decision {
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0] ?? null;
  if (!best || best.score < THRESHOLDS.review) return { state: 'unmatched', best: null, ranked };
  const second = ranked[1]?.score ?? 0;
  const clear = best.score >= THRESHOLDS.autoAccept && best.score - second >= THRESHOLDS.minLead;
  return { state: clear ? 'matched' : 'needs_review', best, ranked };
}
