import type { Kysely, Transaction } from 'kysely';
import type { RootState, SeriesState } from '../../../../shared/types';
import type { Database, LibraryRootRow } from '../schema';
import { chunks } from '../../util/chunks';

type Db = Kysely<Database> | Transaction<Database>;

export interface RootWithCount extends LibraryRootRow {
  series_count: number;
}

export async function listRootsWithCounts(db: Db): Promise<RootWithCount[]> {
  const rows = await db
    .selectFrom('library_roots as r')
    .selectAll('r')
    .select((eb) => eb.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('series.root_id', '=', 'r.id').as('series_count'))
    .orderBy('r.path')
    .execute();
  return rows.map((r) => ({ ...r, series_count: Number(r.series_count ?? 0) }));
}

export async function getRoot(db: Db, id: number): Promise<LibraryRootRow | undefined> {
  return db.selectFrom('library_roots').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRootByPath(db: Db, rootPath: string): Promise<LibraryRootRow | undefined> {
  return db.selectFrom('library_roots').selectAll().where('path', '=', rootPath).executeTakeFirst();
}

export async function setRootWatch(db: Db, id: number, watchMode: string, pollMinutes: number): Promise<void> {
  await db.updateTable('library_roots').set({ watch_mode: watchMode, poll_minutes: pollMinutes }).where('id', '=', id).execute();
}

export async function markRootChecked(db: Db, id: number, nowIso: string, seen: boolean): Promise<void> {
  await db.updateTable('library_roots').set(seen ? { last_checked_at: nowIso, last_seen_at: nowIso } : { last_checked_at: nowIso }).where('id', '=', id).execute();
}

/**
 * Moves a root online or offline together with its series: offline series keep every row, match
 * and lock; coming back, they are `present` again (their folders are then rescanned).
 * Returns the ids of the series whose state changed.
 */
export async function setRootState(db: Kysely<Database>, id: number, state: RootState, nowIso: string): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('library_roots').set({ state, last_checked_at: nowIso }).where('id', '=', id).execute();
    const from: SeriesState = state === 'offline' ? 'present' : 'offline';
    const to: SeriesState = state === 'offline' ? 'offline' : 'present';
    const changed = await trx
      .updateTable('series')
      .set({ state: to, missing_checks: 0, updated_at: nowIso })
      .where('root_id', '=', id)
      .where('state', 'in', state === 'offline' ? [from, 'missing'] : [from])
      .returning('id')
      .execute();
    return changed.map((r) => r.id);
  });
}

export interface WatchedSeries {
  id: number;
  path: string;
  state: SeriesState;
  missing_checks: number;
}

export async function seriesOfRoot(db: Db, rootId: number): Promise<WatchedSeries[]> {
  return db.selectFrom('series').select(['id', 'path', 'state', 'missing_checks']).where('root_id', '=', rootId).execute();
}

/** Records one more check that found these series folders gone (state `missing`). */
export async function markMissing(db: Kysely<Database>, ids: readonly number[], nowIso: string): Promise<void> {
  for (const batch of chunks(ids, 500)) {
    await db
      .updateTable('series')
      .set((eb) => ({ state: 'missing', missing_checks: eb('missing_checks', '+', 1), updated_at: nowIso }))
      .where('id', 'in', batch)
      .execute();
  }
}

/** Series folders seen again: present, with the missing count reset. */
export async function markPresent(db: Kysely<Database>, ids: readonly number[], nowIso: string): Promise<void> {
  for (const batch of chunks(ids, 500)) {
    await db.updateTable('series').set({ state: 'present', missing_checks: 0, updated_at: nowIso }).where('id', 'in', batch).execute();
  }
}
