import path from 'node:path';
import type { DbOrTx } from '../handle';
import { pathsBelow } from './below-folder';

/**
 * Series folders removed from the library by the user while their library folder stays: looking
 * through that library folder again (a rescan, the watch seeing a new episode in it) leaves them
 * out, as Sonarr's exclusions and tinyMediaManager's skipped folders do. Adding the folder itself
 * brings it back; removing the library folder forgets those below it.
 */
export async function keepOut(db: DbOrTx, folder: string, nowIso: string): Promise<void> {
  await db.insertInto('kept_out_folders').values({ path: folder, removed_at: nowIso }).onConflict((oc) => oc.column('path').doUpdateSet({ removed_at: nowIso })).execute();
}

/** Every folder kept out, in path order. */
export async function listKeptOut(db: DbOrTx): Promise<string[]> {
  return (await db.selectFrom('kept_out_folders').select('path').orderBy('path').execute()).map((row) => row.path);
}

/** Which of `folders` are kept out. */
export async function keptOutAmong(db: DbOrTx, folders: readonly string[]): Promise<Set<string>> {
  if (folders.length === 0) return new Set();
  const kept = new Set<string>();
  // A bounded IN list per query: a library folder may hold thousands of series.
  for (let i = 0; i < folders.length; i += 500) {
    const rows = await db.selectFrom('kept_out_folders').select('path').where('path', 'in', folders.slice(i, i + 500)).execute();
    for (const row of rows) kept.add(row.path);
  }
  return kept;
}

/** The folders let back in: added on their own by the user. */
export async function letIn(db: DbOrTx, folders: readonly string[]): Promise<void> {
  for (let i = 0; i < folders.length; i += 500) await db.deleteFrom('kept_out_folders').where('path', 'in', folders.slice(i, i + 500)).execute();
}

/** The folders kept out below a library folder found at a new place (a drive mounted elsewhere) move with it. */
export async function moveKeptOutBelow(db: DbOrTx, from: string, to: string): Promise<void> {
  const below = pathsBelow(from);
  const rows = await db.selectFrom('kept_out_folders').selectAll().where('path', '>=', below.from).where('path', '<', below.before).execute();
  for (const row of rows) {
    await db.deleteFrom('kept_out_folders').where('path', '=', row.path).execute();
    await keepOut(db, path.join(to, path.relative(from, row.path)), row.removed_at);
  }
}

/**
 * Forgets the folders kept out below `root` that a complete look through it no longer found (the
 * user deleted them): they would be listed as left out for ever.
 */
export async function forgetKeptOutGone(db: DbOrTx, root: string, found: ReadonlySet<string>): Promise<void> {
  const below = pathsBelow(root);
  const rows = await db.selectFrom('kept_out_folders').select('path').where('path', '>=', below.from).where('path', '<', below.before).execute();
  const gone = rows.map((row) => row.path).filter((folder) => !found.has(folder));
  if (gone.length > 0) await letIn(db, gone);
}

/** Forgets the folders kept out below a library folder that leaves the library. */
export async function forgetKeptOutBelow(db: DbOrTx, root: string): Promise<void> {
  const below = pathsBelow(root);
  await db.deleteFrom('kept_out_folders').where('path', '>=', below.from).where('path', '<', below.before).execute();
}
