import { getSeriesRow, getSeriesRows, markMissing, seriesOfRoot, setSeriesState } from '../db/repos/series';
import { isLink } from './probe';
import { toSeriesSummary } from '../library/summary';
import { decideMissing } from './missing-policy';
import type { RootSession } from './root-session';
import type { WatchDeps } from './watch-options';

/**
 * A series folder found gone while its root is there: offline when it is a link that leads nowhere
 * (its drive is away), else missing, unless it was copied to another library folder first (then
 * it takes its copy's place and is not gone). Says whether its state changed, and whether it
 * needs looking at again.
 */
export async function seriesFolderGone(
  deps: WatchDeps,
  session: RootSession,
  id: number,
  adoptCopies: (goneIds: readonly number[]) => Promise<number[]>,
): Promise<{ changed: boolean; checkAgain: boolean }> {
  const row = await getSeriesRow(deps.db, id);
  if (!row) return { changed: false, checkAgain: false };
  const away = await isLink(session.fs, row.path);
  if (row.state === (away ? 'offline' : 'missing')) return { changed: false, checkAgain: true };
  const nowIso = deps.now().toISOString();
  await (away ? setSeriesState(deps.db, [id], 'offline', nowIso) : markMissing(deps.db, [id], nowIso));
  deps.seriesChanged([id]);
  const moved = !away && (await adoptCopies([id])).length > 0;
  return { changed: true, checkAgain: !moved };
}

/** A series folder seen again: present, if it was missing or offline. Says whether that changed. */
export async function seriesFolderThere(deps: WatchDeps, session: RootSession, id: number): Promise<boolean> {
  const row = await getSeriesRow(deps.db, id);
  if (!row || row.state === 'present') return false;
  await setSeriesState(deps.db, [id], 'present', deps.now().toISOString());
  session.askedMissing.delete(id);
  return true;
}

/**
 * One more check of the series marked missing in an online root: those back are handed to
 * `dirty` (rescanned), those that moved to a copy in another library folder take its place, the
 * rest count one more check, and the user is asked once per batch
 * (see missing-policy.ts). A series folder that is a link leading nowhere (its drive is away) is
 * offline instead, never missing, and is looked at again until it is back. Returns whether
 * another check is needed.
 */
export async function recheckMissingSeries(
  deps: WatchDeps,
  session: RootSession,
  on: { dirty: (seriesPath: string) => void; adoptCopies: (goneIds: readonly number[]) => Promise<number[]> },
): Promise<boolean> {
  const all = await seriesOfRoot(deps.db, session.row.id);
  const stillGone: number[] = [];
  const linkedAway: Array<{ id: number; state: string }> = [];
  for (const s of all) {
    if (s.state !== 'missing' && s.state !== 'offline') continue;
    const linked = await isLink(session.fs, s.path);
    // Offline without a link: its root is away, or the loader found it so; not this check's.
    if (s.state === 'offline' && !linked) continue;
    const there = await session.fs.stat(s.path).then(() => true, () => false);
    if (there) on.dirty(s.path);
    else if (linked) linkedAway.push(s);
    else stillGone.push(s.id);
  }
  const nowIso = deps.now().toISOString();
  const newlyAway = linkedAway.filter((s) => s.state === 'missing').map((s) => s.id);
  if (newlyAway.length > 0) {
    await setSeriesState(deps.db, newlyAway, 'offline', nowIso);
    deps.seriesChanged(newlyAway);
  }
  if (stillGone.length === 0) return linkedAway.length > 0;
  await markMissing(deps.db, stillGone, nowIso);
  // A series copied to another library folder before it went from here moved there: not asked.
  await on.adoptCopies(stillGone);
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
  return decision.held || linkedAway.length > 0 || missing.some((m) => !session.askedMissing.has(m.id));
}
