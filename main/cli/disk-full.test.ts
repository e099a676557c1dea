import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect, onTestFinished, test } from 'vitest';
import { generateLibrary } from '../../bench/generate-library';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { libraryDir } from '../core/testing/temp';
import { fillDisk, tinyDisk, tmpfsUnavailable } from '../core/testing/tmpfs';
import { waitFor } from '../core/testing/wait';
import { runAnishelf, STACK_TRACE, startAnishelf } from '../core/testing/anishelf-child';

// The data folder on a real 2 MB tmpfs: the library's own writes fill it mid-load.
const unavailable = tmpfsUnavailable();
if (unavailable) console.warn(`disk-full tests skipped: ${unavailable}`);

test.skipIf(unavailable !== null)('a disk that fills up mid-load pauses the loader with one sentence; it resumes and finishes when space is freed', async () => {
  const disk = tinyDisk('2m');
  const dataDir = path.join(disk, 'data');
  const lib = libraryDir();
  const library = await generateLibrary(lib, { series: 10, episodesPerSeries: 24 });
  expect((await runAnishelf(['add', lib, '--data-dir', dataDir])).code).toBe(0);
  const filler = fillDisk(disk, 100 * 1024);

  const load = startAnishelf(['load', '--workers', '3', '--data-dir', dataDir]);
  onTestFinished(() => void load.kill('SIGKILL'));
  let stderr = '';
  load.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await waitFor(() => /is full/.test(stderr), { what: 'the loader to say the disk is full' });
  expect(stderr).toMatch(new RegExp(`^anishelf: The disk holding Anishelf's data folder ${dataDir} is full \\(\\d+ KB free\\); free at least 1\\.0 MB there and Anishelf carries on\\. Loading is paused until then\\.$`, 'm'));
  expect(load.exitCode).toBeNull(); // paused, not crashed

  // Every other command that writes says the same, in one line, without a stack.
  const other = libraryDir();
  fs.mkdirSync(path.join(other, 'Extra Show'));
  fs.writeFileSync(path.join(other, 'Extra Show', 'Extra Show - 01.mkv'), 'v');
  const add = await runAnishelf(['add', other, '--data-dir', dataDir]);
  expect(add.stderr).not.toMatch(STACK_TRACE);
  // SQLite may still find room in pages it already has; if it does not, the sentence is the same.
  expect([0, 2]).toContain(add.code);
  if (add.code === 2) expect(add.stderr).toMatch(/^anishelf: The disk holding Anishelf's data folder .* is full/);

  fs.rmSync(filler);
  const end = await load.output;
  expect(end.stderr).not.toMatch(STACK_TRACE);
  expect(end.code).toBe(0);
  expect(end.stdout).toMatch(new RegExp(`^Done: ${add.code === 0 ? 11 : 10} completed, 0 failed`, 'm'));

  const db = new Sqlite(path.join(dataDir, DATABASE_FILENAME), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const episodes = db.prepare('SELECT count(*) AS n, count(DISTINCT path) AS d FROM episodes').get() as { n: number; d: number };
  expect(episodes.n).toBe(episodes.d);
  expect(episodes.n).toBeGreaterThanOrEqual(library.videoFiles);
  db.close();
}, 600_000);
