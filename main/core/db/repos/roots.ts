import { pathsBelow } from './below-folder';
import type { RootState } from '../../../../shared/types';
import { AnishelfError } from '../../errors';
import type { DbOrTx } from '../handle';
import type { LibraryRootRow, NewLibraryRoot } from '../schema';

/** The `library_roots` table: every query on it lives here. */

export async function getRootPath(db: DbOrTx, rootId: number): Promise<string | null> {
  const row = await db.selectFrom('library_roots').select('path').where('id', '=', rootId).executeTakeFirst();
  return row?.path ?? null;
}

export async function rootExistsAt(db: DbOrTx, folder: string): Promise<boolean> {
  return (await db.selectFrom('library_roots').select('id').where('path', '=', folder).executeTakeFirst()) !== undefined;
}

/** The root whose folder is one of `folders`, the deepest first. */
export async function deepestRootAmong(db: DbOrTx, folders: readonly string[]): Promise<{ id: number; path: string } | undefined> {
  return db.selectFrom('library_roots').select(['id', 'path']).where('path', 'in', folders).orderBy('path', 'desc').executeTakeFirst();
}

/** Adds a root, or returns the one another process added at that path a moment ago (idempotent). */
export async function insertRoot(db: DbOrTx, root: NewLibraryRoot): Promise<number> {
  await db.insertInto('library_roots').values(root).onConflict((oc) => oc.column('path').doNothing()).execute();
  return (await db.selectFrom('library_roots').select('id').where('path', '=', root.path).executeTakeFirstOrThrow()).id;
}

/** Roots below `folder` (added before it, as folders of their own). */
export async function rootsInside(db: DbOrTx, folder: string): Promise<Array<{ id: number; path: string }>> {
  // A range on the path index: adding a thousand folders at once read every root for each.
  const { from, before } = pathsBelow(folder);
  return db.selectFrom('library_roots').select(['id', 'path']).where('path', '>=', from).where('path', '<', before).execute();
}

/** Makes the roots `ids` part of root `into`: their series move over with all their rows, the roots go. */
export async function mergeRootsInto(db: DbOrTx, ids: readonly number[], into: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('series').set({ root_id: into }).where('root_id', 'in', ids).execute();
  await db.deleteFrom('library_roots').where('id', 'in', ids).execute();
}

/** Removes a root that no series belongs to any more; one that still has series stays. Returns whether it went. */
export async function deleteRootIfEmpty(db: DbOrTx, rootId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('library_roots')
    .where('id', '=', rootId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('series').select('id').where('root_id', '=', rootId))))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}


// Watching: per-root state, mode and last check (see main/core/watch/).

export async function listRoots(db: DbOrTx): Promise<LibraryRootRow[]> {
  return db.selectFrom('library_roots').selectAll().orderBy('path').execute();
}

export interface RootWithCount extends LibraryRootRow {
  series_count: number;
}

export async function listRootsWithCounts(db: DbOrTx): Promise<RootWithCount[]> {
  const rows = await db
    .selectFrom('library_roots as r')
    .selectAll('r')
    .select((eb) => eb.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('series.root_id', '=', 'r.id').as('series_count'))
    .orderBy('r.path')
    .execute();
  return rows.map((r) => ({ ...r, series_count: Number(r.series_count ?? 0) }));
}

export async function getRoot(db: DbOrTx, id: number): Promise<LibraryRootRow | undefined> {
  return db.selectFrom('library_roots').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRootAt(db: DbOrTx, folder: string): Promise<LibraryRootRow | undefined> {
  return db.selectFrom('library_roots').selectAll().where('path', '=', folder).executeTakeFirst();
}

/** A root found at another path (a drive mounted elsewhere): the same root, online there. */
export async function setRootPath(db: DbOrTx, id: number, folder: string, nowIso: string): Promise<void> {
  await db.updateTable('library_roots').set({ path: folder, state: 'online', last_seen_at: nowIso, last_checked_at: nowIso }).where('id', '=', id).execute();
}

export async function setRootWatch(db: DbOrTx, id: number, watchMode: string, pollMinutes: number): Promise<void> {
  await db.updateTable('library_roots').set({ watch_mode: watchMode, poll_minutes: pollMinutes }).where('id', '=', id).execute();
}

export async function markRootChecked(db: DbOrTx, id: number, nowIso: string, seen: boolean): Promise<void> {
  await db.updateTable('library_roots').set(seen ? { last_checked_at: nowIso, last_seen_at: nowIso } : { last_checked_at: nowIso }).where('id', '=', id).execute();
}

export async function updateRootState(db: DbOrTx, id: number, state: RootState, nowIso: string): Promise<void> {
  await db.updateTable('library_roots').set({ state, last_checked_at: nowIso }).where('id', '=', id).execute();
}

/** Removes a root; its series rows go with it (rows only, never a file). Returns how many series it had. */
export async function deleteRoot(db: DbOrTx, rootId: number): Promise<number> {
  const count = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('root_id', '=', rootId).executeTakeFirstOrThrow();
  const result = await db.deleteFrom('library_roots').where('id', '=', rootId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AnishelfError('ROOT_NOT_FOUND', `There is no library folder with id ${rootId}.`);
  return Number(count.n);
}
