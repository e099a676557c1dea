import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

/** The open database, as the rest of the core names it (only main/core/db/ speaks kysely). */
export type Db = Kysely<Database>;
/** A transaction: repository functions accept it wherever they accept the database. */
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function inTransaction<T>(db: Db, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/** Folds the write-ahead log back into the database file and truncates it (it only shrinks so). */
export async function checkpointWal(db: Db): Promise<void> {
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
