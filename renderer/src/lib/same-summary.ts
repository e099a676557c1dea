import type { SeriesSummary } from '../../../shared/types';

/**
 * Whether two summaries of a series say the same. A list fetched again (a search, a new sort)
 * mostly brings series the view already has: keeping the objects it has lets the memoised cards
 * skip their render and the store skip recounting 10,000 series.
 */
export function sameSummary(a: SeriesSummary, b: SeriesSummary): boolean {
  if (a === b) return true;
  for (const key of Object.keys(b) as (keyof SeriesSummary)[]) {
    if (!sameValue(a[key], b[key])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

// Values are JSON: primitives, arrays of strings (brokenArtwork), flat objects (loadingError).
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
