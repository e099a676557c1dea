/** Which series a bulk read covers: one id, a range of ids (a chunk of the library), or all. */
export type SeriesScope = number | { fromId: number; toId: number } | undefined;

/** The inclusive id bounds of a scope, or null for the whole library. */
export function scopeBounds(scope: SeriesScope): { from: number; to: number } | null {
  if (scope === undefined) return null;
  if (typeof scope === 'number') return { from: scope, to: scope };
  return { from: scope.fromId, to: scope.toId };
}
