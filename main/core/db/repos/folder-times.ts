import { chunks } from '../../../../shared/chunks';
import { inTransaction, type Db, type DbOrTx } from '../handle';

/** The `folder_times` table: each watched folder's modification time as last seen. */

export interface FolderTime {
  path: string;
  seriesId: number | null;
  mtimeMs: number;
}

export async function folderTimesOfRoot(db: DbOrTx, rootId: number): Promise<FolderTime[]> {
  const rows = await db.selectFrom('folder_times').select(['path', 'series_id', 'mtime_ms']).where('root_id', '=', rootId).execute();
  return rows.map((r) => ({ path: r.path, seriesId: r.series_id, mtimeMs: r.mtime_ms }));
}

export async function folderTimesOfSeries(db: DbOrTx, seriesId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('folder_times').select(['path', 'mtime_ms']).where('series_id', '=', seriesId).execute();
  return new Map(rows.map((r) => [r.path, r.mtime_ms]));
}

/**
 * Replaces the recorded folders of some series (or of the folders above series, `seriesId` null)
 * with what was just seen on disk, in one transaction.
 */
export async function replaceFolderTimes(db: Db, rootId: number, scopes: ReadonlyArray<FolderTimesScope>): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const scope of scopes) await replaceScopeFolderTimes(trx, rootId, scope);
  });
}

export interface FolderTimesScope {
  seriesId: number | null;
  folders: ReadonlyArray<{ path: string; mtimeMs: number }>;
}

/** replaceFolderTimes for one scope, inside the caller's transaction (a scan records its folders with its rows). */
export async function replaceScopeFolderTimes(trx: DbOrTx, rootId: number, scope: FolderTimesScope): Promise<void> {
  const del = trx.deleteFrom('folder_times').where('root_id', '=', rootId);
  await (scope.seriesId === null ? del.where('series_id', 'is', null) : del.where('series_id', '=', scope.seriesId)).execute();
  for (const batch of chunks([...scope.folders], 400)) {
    await trx
      .insertInto('folder_times')
      .values(batch.map((f) => ({ path: f.path, root_id: rootId, series_id: scope.seriesId, mtime_ms: f.mtimeMs })))
      .onConflict((oc) => oc.column('path').doUpdateSet((eb) => ({ root_id: eb.ref('excluded.root_id'), series_id: eb.ref('excluded.series_id'), mtime_ms: eb.ref('excluded.mtime_ms') })))
      .execute();
  }
}

export async function countFolderTimes(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('folder_times').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
