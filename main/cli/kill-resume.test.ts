import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { generateLibrary } from '../../bench/generate-library';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { openCore } from '../core/app';
import { libraryDir, tempDir } from '../core/testing/temp';
import { waitFor } from '../core/testing/wait';
import { cli } from './testing/run';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/anishelf.js');

function countCompleted(file: string): number {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM series WHERE loading_status = 'completed'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test('anishelf load killed with SIGKILL halfway finishes every series on the next run, no episode stored twice', async () => {
  const lib = libraryDir();
  const dataDir = tempDir('anishelf-data-');
  const library = await generateLibrary(lib, { series: 150, episodesPerSeries: 20 });
  expect((await cli(['add', lib, '--data-dir', dataDir])).code).toBe(0);
  const file = path.join(dataDir, DATABASE_FILENAME);
  // This test is about the queue surviving a kill: 3,000 flushed episode NFO writes would only
  // make it slower (they have their own tests).
  const settings = new Sqlite(file);
  settings.prepare(`INSERT INTO settings (key, value) VALUES ('nfo.writeEpisodeNfos', 'false')`).run();
  settings.close();

  const child = spawn(process.execPath, [bin, 'load', '--workers', '5', '--data-dir', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));

  // While the child's workers write, this process reads through its own connection:
  // no SQLITE_BUSY may reach a reader (WAL + busy timeout).
  const reader = await openCore({ dataDir });
  let reads = 0;
  await waitFor(
    async () => {
      await reader.listSeries({ sort: 'status' });
      await reader.loaderStatus();
      reads++;
      return countCompleted(file) >= 30;
    },
    { what: 'the child to complete 30 series' },
  );
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
  expect(stderr).toBe('');
  expect(reads).toBeGreaterThan(0);
  const halfway = countCompleted(file);
  expect(halfway).toBeLessThan(150);
  await reader.close();

  const integrity = new Sqlite(file, { readonly: true });
  expect(integrity.pragma('integrity_check', { simple: true })).toBe('ok');
  integrity.close();

  const again = await cli(['load', '--json', '--data-dir', dataDir]);
  expect(again.code).toBe(0);
  expect(again.json()).toMatchObject({ counts: { completed: 150, pending: 0, loading: 0, failed: 0 } });

  const db = new Sqlite(file, { readonly: true });
  const episodes = db.prepare('SELECT count(*) AS n, count(DISTINCT path) AS distinctPaths FROM episodes').get() as { n: number; distinctPaths: number };
  expect(episodes).toEqual({ n: library.videoFiles, distinctPaths: library.videoFiles });
  expect(db.prepare(`SELECT count(*) AS n FROM jobs WHERE state IN ('queued', 'running')`).get()).toEqual({ n: 0 });
  db.close();
});
