import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { openDatabase } from '../core/db/open';
import { seriesFiles } from '../core/testing/core';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { runAnishelf, STACK_TRACE } from '../core/testing/anishelf-child';

// Four `anishelf add lib` at once on a library that does not exist yet: one creates the database
// while the others open it; they all end well and the series are there once.

test('four parallel `anishelf add lib` on a new data dir never crash and add each series once, round after round', async () => {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 2, 'Show B': 2, 'Show C': 1 }));
  for (let round = 0; round < 3; round++) {
    const dataDir = tempDir('anishelf-data-');
    const runs = await Promise.all(Array.from({ length: 4 }, () => runAnishelf(['add', lib, '--json', '--data-dir', dataDir])));
    for (const run of runs) {
      expect(run.stderr, `round ${round}`).not.toMatch(STACK_TRACE);
      expect(run.stderr, `round ${round}`).toBe('');
      expect(run.code, `round ${round}`).toBe(0);
    }
    const added = runs.flatMap((r) => (JSON.parse(r.stdout) as { added: Array<{ path: string }> }).added.map((s) => s.path));
    expect(new Set(added).size).toBe(added.length); // nobody claims a series another added
    const db = new Sqlite(path.join(dataDir, DATABASE_FILENAME), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM library_roots').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM series').get()).toEqual({ n: 3 });
    expect(db.prepare(`SELECT count(*) AS n FROM jobs WHERE state = 'queued'`).get()).toEqual({ n: 3 });
    db.close();
  }
}, 600_000);

test('a zero-byte database that another process is creating right now is waited for, not declared damaged', async () => {
  const dataDir = tempDir('anishelf-data-');
  const file = path.join(dataDir, DATABASE_FILENAME);
  fs.writeFileSync(file, ''); // the other process has just created the file
  const creator = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // it is busy with its first write
    const db = new Sqlite(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE created_first (x)');
    db.close();
  })();
  const opened = await openDatabase(dataDir);
  await creator;
  expect(opened.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'created_first'`).get()).toEqual({ n: 1 });
  await opened.close();
});
