import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { generateLibrary } from '../../bench/generate-library';
import type { LoadingStage } from '../../shared/types';
import { openCore } from '../core/app';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { runAnishelf, startAnishelf } from '../core/testing/anishelf-child';
import { libraryDir, tempDir } from '../core/testing/temp';
import { waitFor } from '../core/testing/wait';

// Replay one failure with ANISHELF_KILL_SEEDS=<seed> npx vitest run main/cli/kill-points.test.ts
const SEEDS = (process.env.ANISHELF_KILL_SEEDS ?? '11,23,37,41,59').split(',').map(Number);
const SERIES = 12;
const env = { ANISHELF_PROVIDERS: 'off' };

/** A moment of the loader, read from the database the child writes, never from a clock. */
type KillPoint =
  | { kind: 'completed'; series: number }
  | { kind: 'stage'; stage: LoadingStage }
  | { kind: 'episodes'; rows: number };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function killPoints(seed: number, videoFiles: number): KillPoint[] {
  const random = mulberry32(seed);
  // Without providers the logo and images stages only look at disk and pass too fast to be seen
  // by a poll; the stages that write (episode rows, NFO files) are the ones worth killing in.
  const stages: LoadingStage[] = ['episodes', 'nfo'];
  const count = 1 + Math.floor(random() * 2);
  return Array.from({ length: count }, (): KillPoint => {
    const kind = Math.floor(random() * 3);
    if (kind === 0) return { kind: 'completed', series: Math.floor(random() * SERIES) };
    if (kind === 1) return { kind: 'stage', stage: stages[Math.floor(random() * stages.length)]! };
    return { kind: 'episodes', rows: 1 + Math.floor(random() * videoFiles) };
  });
}

function query<T>(file: string, sql: string): T {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

function reached(file: string, point: KillPoint): boolean {
  if (point.kind === 'completed') {
    return query<{ n: number }>(file, `SELECT count(*) AS n FROM series WHERE loading_status = 'completed'`).n >= point.series;
  }
  if (point.kind === 'stage') {
    return query<{ n: number }>(file, `SELECT count(*) AS n FROM series WHERE loading_status = 'loading' AND loading_stage = '${point.stage}'`).n > 0;
  }
  return query<{ n: number }>(file, 'SELECT count(*) AS n FROM episodes').n >= point.rows;
}

function checkDatabase(file: string): void {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT path, count(*) AS n FROM episodes GROUP BY path HAVING n > 1').all()).toEqual([]);
  } finally {
    db.close();
  }
}

/** Starts `anishelf load`, kills it with SIGKILL once the point is reached; says whether it was. */
async function loadAndKill(dataDir: string, file: string, point: KillPoint): Promise<'killed' | 'finished first'> {
  const child = startAnishelf(['load', '--workers', '5', '--data-dir', dataDir], { env });
  let exited = false;
  void child.output.then(() => (exited = true));
  await waitFor(() => exited || reached(file, point), { what: `kill point ${JSON.stringify(point)}` });
  if (exited) {
    expect((await child.output).code).toBe(0);
    return 'finished first';
  }
  child.kill('SIGKILL');
  const run = await child.output;
  expect(run.stderr).toBe('');
  return 'killed';
}

test.each(SEEDS)(
  'seed %i: anishelf load killed with SIGKILL at seeded points of the loader keeps a sound database and a resumed load finishes every series',
  async (seed) => {
    const lib = libraryDir();
    const dataDir = tempDir('anishelf-data-');
    const library = await generateLibrary(lib, { series: SERIES, episodesPerSeries: 8, seed });
    const file = path.join(dataDir, DATABASE_FILENAME);
    // Added in this process: the child processes under test are the loads, and each start costs seconds.
    const core = await openCore({ dataDir });
    expect((await core.addFolders([lib])).added).toHaveLength(SERIES);
    await core.close();

    const points = killPoints(seed, library.videoFiles);
    const outcomes: string[] = [];
    for (const point of points) {
      outcomes.push(`${JSON.stringify(point)} ${await loadAndKill(dataDir, file, point)}`);
      checkDatabase(file);
    }
    // Printed so that a failure names the seed and the points to replay.
    console.log(`kill-points seed=${seed}: ${outcomes.join('; ')}`);

    const resumed = await runAnishelf(['load', '--json', '--data-dir', dataDir], { env });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ counts: { completed: SERIES, pending: 0, loading: 0, failed: 0 } });
    checkDatabase(file);
    expect(query(file, `SELECT count(*) AS n FROM series WHERE loading_status <> 'completed'`)).toEqual({ n: 0 });
    expect(query(file, 'SELECT count(*) AS n, count(DISTINCT path) AS paths FROM episodes')).toEqual({
      n: library.videoFiles,
      paths: library.videoFiles,
    });
    expect(query(file, `SELECT count(*) AS n FROM jobs WHERE state IN ('queued', 'running')`)).toEqual({ n: 0 });
  },
  600_000,
);
