import { CompiledQuery } from 'kysely';
import type { DbOrTx } from './handle';
import type { Database } from './schema';

/**
 * The loader's two hottest writes, as SQL text made once per shape. Building a query through
 * kysely (parsing the row into operation nodes, then compiling them) cost more than SQLite's own
 * work for these: 115 µs for each 34-row episode insert and about 30 µs for each series update in
 * the 5,000-series import, which runs 5,000 of the first and 15,000 of the second on the main
 * thread. The text for a shape (table, columns, row count) is the same every time, so it is kept;
 * the statement cache (statement-cache.ts) then reuses the compiled statement for it too.
 *
 * Only plain values go this way. A row with anything else (an expression) goes through kysely,
 * which knows what to do with it; rows of one insert with different columns do too.
 */

type Table = keyof Database & string;
type Row = Readonly<Record<string, unknown>>;

/** Shapes come from our own code, a few dozen; the bound is a guard, not a cache policy. */
const MAX_TEXTS = 1000;
const texts = new Map<string, string>();

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, text);
  }
  return text;
}

function isPlainValue(value: unknown): boolean {
  return value === null || typeof value !== 'object' || value instanceof Uint8Array;
}

/** A row's columns with a value, as kysely reads them (an `undefined` value is no column). */
function definedColumns(row: Row): string[] | null {
  const columns: string[] = [];
  for (const key in row) {
    const value = row[key];
    if (value === undefined) continue;
    if (!isPlainValue(value)) return null;
    columns.push(key);
  }
  return columns;
}

function sameColumns(row: Row, columns: readonly string[]): boolean {
  let count = 0;
  for (const key in row) {
    const value = row[key];
    if (value === undefined) continue;
    if (!isPlainValue(value) || key !== columns[count]) return false;
    count++;
  }
  return count === columns.length;
}

/** Inserts `rows` (all with the same columns, in the same order) in one statement. */
export async function insertRows(db: DbOrTx, table: Table, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = definedColumns(rows[0]!);
  if (columns === null || columns.length === 0 || !rows.every((row) => sameColumns(row, columns))) {
    await db.insertInto(table).values(rows as never).execute();
    return;
  }
  const text = remembered(`insert\0${table}\0${columns.join('\0')}\0${rows.length}`, () => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    return `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array(rows.length).fill(tuple).join(', ')}`;
  });
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of columns) parameters.push(row[column]);
  await db.executeQuery(CompiledQuery.raw(text, parameters));
}

/** Sets the columns of `update` on the row whose `id` is `id`. */
export async function updateById(db: DbOrTx, table: Table, id: number, update: Row): Promise<void> {
  const columns = definedColumns(update);
  if (columns === null || columns.length === 0) {
    // Typed as one table: kysely's types cannot take a table chosen at run time.
    await db.updateTable(table as 'series').set(update as never).where('id', '=', id).execute();
    return;
  }
  const text = remembered(`update\0${table}\0${columns.join('\0')}`, () => `update ${quote(table)} set ${columns.map((c) => `${quote(c)} = ?`).join(', ')} where "id" = ?`);
  const parameters: unknown[] = columns.map((column) => update[column]);
  parameters.push(id);
  await db.executeQuery(CompiledQuery.raw(text, parameters));
}
