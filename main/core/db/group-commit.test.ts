import { Kysely, SqliteDialect, sql } from 'kysely';
import { expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { GroupCommit } from './group-commit';
import type { Db } from './handle';
import { getSetting, setSetting } from './repos/settings';
import type { Database } from './schema';

/** A real library database, seen through a kysely that lists every statement it runs. */
async function loggedDatabase(): Promise<{ db: Db; statements: string[]; close: () => Promise<void> }> {
  const opened = await testDatabase();
  const statements: string[] = [];
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: opened.sqlite }), log: (event) => void statements.push(event.query.sql.toLowerCase()) });
  return { db, statements, close: () => opened.close() };
}

const commits = (statements: string[]) => statements.filter((s) => s === 'commit').length;

test('works queued in one turn commit together, each resolving with its own value', async () => {
  const { db, statements, close } = await loggedDatabase();
  const group = new GroupCommit(db);
  const results = await Promise.all(
    ['a', 'b', 'c'].map((key) =>
      group.run(async (trx) => {
        await setSetting(trx, key, key.toUpperCase());
        return key;
      }),
    ),
  );
  expect(results).toEqual(['a', 'b', 'c']);
  expect(commits(statements)).toBe(1);
  // Nothing threw: no work needed a savepoint of its own.
  expect(statements.filter((s) => s.startsWith('savepoint'))).toEqual([]);
  expect(await getSetting(db, 'b', null)).toBe('B');
  await close();
});

test('a work that throws is undone alone: its caller gets its error, the others commit', async () => {
  const { db, statements, close } = await loggedDatabase();
  const group = new GroupCommit(db);
  const broken = new Error('bad row');
  const outcomes = await Promise.allSettled([
    group.run((trx) => setSetting(trx, 'kept-1', 1)),
    group.run(async (trx) => {
      await setSetting(trx, 'undone', 1);
      throw broken;
    }),
    group.run((trx) => setSetting(trx, 'kept-2', 2)),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  // The batch ran once as it was, was rolled back, and ran again with a savepoint per work.
  expect(statements.filter((s) => s === 'rollback' || s.startsWith('savepoint') || s === 'commit')).toEqual([
    'rollback', 'savepoint "work"', 'savepoint "work"', 'savepoint "work"', 'commit',
  ]);
  expect((outcomes[1] as PromiseRejectedResult).reason).toBe(broken);
  expect(await getSetting(db, 'undone', 'absent')).toBe('absent');
  expect([await getSetting(db, 'kept-1', 0), await getSetting(db, 'kept-2', 0)]).toEqual([1, 2]);
  await close();
});

test('a commit that fails fails every work of its batch and keeps none of them', async () => {
  const { db, close } = await loggedDatabase();
  const group = new GroupCommit(db);
  const outcomes = await Promise.allSettled([
    group.run((trx) => setSetting(trx, 'first', 1)),
    group.run(async (trx) => {
      // A foreign key checked only at COMMIT: the job points at a series that does not exist.
      await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
      await sql`INSERT INTO jobs (kind, series_id, state, attempts, next_run_at_ms, created_at, updated_at) VALUES ('load', 424242, 'queued', 0, 0, '', '')`.execute(trx);
    }),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
  expect(await getSetting(db, 'first', 'absent')).toBe('absent');
  // The connection is usable afterwards: no transaction was left open.
  await group.run((trx) => setSetting(trx, 'after', 1));
  expect(await getSetting(db, 'after', 0)).toBe(1);
  await close();
});

test('works queued while a batch commits go in the next batch, in the order they came', async () => {
  const { db, statements, close } = await loggedDatabase();
  const group = new GroupCommit(db);
  const order: string[] = [];
  let later: Promise<unknown> | null = null;
  const first = group.run(async (trx) => {
    order.push('first');
    later = group.run(async (inner) => {
      order.push('later');
      await setSetting(inner, 'later', 2);
    });
    await setSetting(trx, 'first', 1);
  });
  await first;
  await later;
  expect(order).toEqual(['first', 'later']);
  expect(commits(statements)).toBe(2);
  await group.drain();
  await close();
});

test('drain waits for every queued work', async () => {
  const { db, close } = await loggedDatabase();
  const group = new GroupCommit(db, 2);
  const done: number[] = [];
  for (let i = 0; i < 5; i++) void group.run((trx) => setSetting(trx, `k${i}`, i)).then(() => done.push(i));
  await group.drain();
  expect(done).toEqual([0, 1, 2, 3, 4]);
  await close();
});
