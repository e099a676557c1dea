import type { ProviderListRow } from '../../db/schema';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MONTH_MS = 30 * DAY_MS;
const ENDED: ReadonlySet<string> = new Set(['FINISHED', 'CANCELLED', 'Ended', 'Canceled']);

/**
 * When an episode list is due again. Airing series: just after their next airing (an hour of
 * slack for the provider to catch up) and at least daily; ended ones monthly. Pure: `fetchedAtMs`
 * is when the list was read.
 */
export function nextRefreshAt(list: Pick<ProviderListRow, 'status' | 'next_airing_at_ms'>, fetchedAtMs: number, nextAirDate: string | null = null): number {
  if (list.status !== null && ENDED.has(list.status)) return fetchedAtMs + MONTH_MS;
  const daily = fetchedAtMs + DAY_MS;
  const nextAt = list.next_airing_at_ms ?? (nextAirDate ? Date.parse(`${nextAirDate}T00:00:00Z`) + DAY_MS : null);
  if (nextAt === null || Number.isNaN(nextAt) || nextAt <= fetchedAtMs) return daily;
  return Math.min(daily, nextAt + HOUR_MS);
}
