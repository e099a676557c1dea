import path from 'node:path';
import { chunks } from '../../../../shared/chunks';
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

// A bounded IN list per statement: a library folder may hold thousands of series.
const IN_LIST = 500;

/** Which of `folders` are kept out. */
export async function keptOutAmong(db: DbOrTx, folders: readonly string[]): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const batch of chunks(folders, IN_LIST)) {
    for (const row of await db.selectFrom('kept_out_folders').select('path').where('path', 'in', batch).execute()) kept.add(row.path);
  }
  return kept;
}

/** The folders let back in: added on their own by the user. */
export async function letIn(db: DbOrTx, folders: readonly string[]): Promise<void> {
  for (const batch of chunks(folders, IN_LIST)) await db.deleteFrom('kept_out_folders').where('path', 'in', batch).execute();
}

/** The folders kept out below `root` (a range scan on the path key). */
async function keptOutBelow(db: DbOrTx, root: string): Promise<string[]> {
  const below = pathsBelow(root);
  return (await db.selectFrom('kept_out_folders').select('path').where('path', '>=', below.from).where('path', '<', below.before).execute()).map((row) => row.path);
}

/** The folders kept out below a library folder found at a new place (a drive mounted elsewhere) move with it. */
export async function moveKeptOutBelow(db: DbOrTx, from: string, to: string): Promise<void> {
  for (const folder of await keptOutBelow(db, from)) {
    await db.updateTable('kept_out_folders').set({ path: path.join(to, path.relative(from, folder)) }).where('path', '=', folder).execute();
  }
}

/**
 * Forgets the folders kept out below `root` that a complete look through it no longer found (the
 * user deleted them): they would be listed as left out for ever.
 */
export async function forgetKeptOutGone(db: DbOrTx, root: string, found: ReadonlySet<string>): Promise<void> {
  await letIn(db, (await keptOutBelow(db, root)).filter((folder) => !found.has(folder)));
}

/** Forgets the folders kept out below a library folder that leaves the library. */
export async function forgetKeptOutBelow(db: DbOrTx, root: string): Promise<void> {
  await letIn(db, await keptOutBelow(db, root));
}
