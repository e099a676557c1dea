import { CompiledQuery, type Compilable } from 'kysely';
import type { DbOrTx } from './handle';

/**
 * Marks a query whose statement returns each row as an array of its values. better-sqlite3 builds
 * a row object one property at a time, a slow path in V8: for a 10,000-series list that was
 * about three quarters of the query's time. The caller builds each row as one object literal
 * instead (see `querySeries`). The statement cache (statement-cache.ts) switches a statement
 * whose SQL starts with this mark to raw mode; the mark is a comment, so SQLite ignores it.
 */
export const ROWS_AS_ARRAYS = '/* rows as arrays */ ';

/** Runs a select and gives its rows as arrays of values, in the order of its columns. */
export async function selectRowsAsArrays(db: DbOrTx, query: Compilable): Promise<unknown[][]> {
  const compiled = query.compile();
  const result = await db.executeQuery(CompiledQuery.raw(ROWS_AS_ARRAYS + compiled.sql, [...compiled.parameters]));
  return result.rows as unknown[][];
}
