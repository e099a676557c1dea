import { getSeriesRows, markMissing, seriesOfRoot } from '../db/repos/series';
import { toSeriesSummary } from '../library/summary';
import { decideMissing } from './missing-policy';
import type { RootSession } from './root-session';
import type { WatchDeps } from './watch-options';

/**
 * One more check of the series marked missing in an online root: those back are handed to
 * `dirty` (rescanned), the rest count one more check, and the user is asked once per batch
 * (see missing-policy.ts). Returns whether another check is needed.
 */
export async function recheckMissingSeries(deps: WatchDeps, session: RootSession, dirty: (seriesPath: string) => void): Promise<boolean> {
  const all = await seriesOfRoot(deps.db, session.row.id);
  const stillGone: number[] = [];
  for (const s of all.filter((x) => x.state === 'missing')) {
    const there = await session.fs.stat(s.path).then(() => true, () => false);
    if (there) dirty(s.path);
    else stillGone.push(s.id);
  }
  if (stillGone.length === 0) return false;
  await markMissing(deps.db, stillGone, deps.now().toISOString());
  const missing = (await seriesOfRoot(deps.db, session.row.id)).filter((s) => s.state === 'missing');
  const decision = decideMissing({
    totalSeries: all.length,
    missing: missing.map((m) => ({ id: m.id, checks: m.missing_checks })),
    alreadyAsked: session.askedMissing,
    heldLastCheck: session.heldMissing,
  });
  session.heldMissing = decision.held;
  if (decision.ask.length > 0) {
    for (const id of decision.ask) session.askedMissing.add(id);
    const rows = await getSeriesRows(deps.db, decision.ask);
    deps.missing({ rootId: session.row.id, rootPath: session.row.path, series: rows.map(toSeriesSummary) });
  }
  return decision.held || missing.some((m) => !session.askedMissing.has(m.id));
}
