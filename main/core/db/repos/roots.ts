import type { DbOrTx } from '../handle';
import type { NewLibraryRoot } from '../schema';

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

export async function insertRoot(db: DbOrTx, root: NewLibraryRoot): Promise<number> {
  return (await db.insertInto('library_roots').values(root).returning('id').executeTakeFirstOrThrow()).id;
}

/** Removes a root that no series belongs to any more; one that still has series stays. */
export async function deleteRootIfEmpty(db: DbOrTx, rootId: number): Promise<void> {
  await db
    .deleteFrom('library_roots')
    .where('id', '=', rootId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('series').select('id').where('root_id', '=', rootId))))
    .execute();
}

