import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { withStatementCache } from './statement-cache';

test('reuses statements by SQL text, evicts the least recently used, and never hands out a busy one', () => {
  const sqlite = new Sqlite(':memory:');
  sqlite.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);');
  const db = withStatementCache(sqlite, 2);
  const a = db.prepare('SELECT x FROM t');
  expect(db.prepare('SELECT x FROM t')).toBe(a);
  db.prepare('SELECT 1');
  db.prepare('SELECT x FROM t'); // a is now the most recent
  db.prepare('SELECT 2'); // evicts 'SELECT 1'
  expect(db.prepare('SELECT x FROM t')).toBe(a);
  const iterator = a.iterate([]);
  iterator.next();
  const b = db.prepare('SELECT x FROM t');
  expect(b).not.toBe(a);
  expect(b.all([])).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  iterator.return?.();
  sqlite.close();
});
