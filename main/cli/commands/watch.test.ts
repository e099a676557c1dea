import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { RootStatus, SeriesSummary } from '../../../shared/types';
import { seriesFiles } from '../../core/testing/core';
import { asUser } from '../../core/testing/library-write-guard';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { waitFor } from '../../core/testing/wait';
import { cli } from '../testing/run';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/anishelf.js');

function start(args: string[]): { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

test('anishelf roots lists the library folders; rescan finds new series; a one-shot command never watches', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1 }));
  expect((await cli(['add', lib, '--data-dir', dataDir])).code).toBe(0);

  const listed = await cli(['roots', '--json', '--data-dir', dataDir]);
  expect(listed.code).toBe(0);
  const roots = listed.json<RootStatus[]>();
  expect(roots).toEqual([expect.objectContaining({ path: lib, kind: 'library', state: 'online', watch: 'native', watchSetting: 'auto', seriesCount: 1, missingCount: 0, watching: false })]);
  const table = await cli(['roots', '--data-dir', dataDir]);
  expect(table.stdout).toMatch(/ID\s+STATE\s+WATCH\s+SERIES/);
  expect(table.stdout).toContain(lib);

  writeTree(lib, seriesFiles({ 'Show B': 1 }));
  const rescan = await cli(['rescan', lib, '--json', '--data-dir', dataDir]);
  expect(rescan.json()).toMatchObject({ added: 1, rescanned: 1, root: { path: lib, seriesCount: 2 } });
  const again = await cli(['add', path.relative(process.cwd(), lib), '--data-dir', dataDir]);
  // Named by its full path, not as typed.
  expect(again.stdout).toContain(`${lib}: already in the library; no new series found`);

  const bad = await cli(['rescan', '/no/such/root', '--data-dir', dataDir]);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('is not a library folder');
  expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
});

test('remove-folder takes a library folder and its series out of the library, files untouched; a series command given the folder says what to use', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1, 'Show B': 2 }));
  const other = libraryDir();
  writeTree(other, seriesFiles({ 'Show C': 1 }));
  expect((await cli(['add', lib, other, '--data-dir', dataDir])).code).toBe(0);

  const wrong = await cli(['remove', lib, '--data-dir', dataDir]);
  expect([wrong.code, wrong.stderr]).toEqual([2, `anishelf: ${lib} is a library folder, not one series: \`anishelf rescan\` looks through it, \`anishelf remove-folder\` takes it out of the library.\n`]);
  const removed = await cli(['remove-folder', lib, '--data-dir', dataDir]);
  expect([removed.code, removed.stdout]).toEqual([0, `Removed the library folder ${lib} and its 2 series from the library; nothing on disk was touched. \`anishelf add\` brings it back.\n`]);
  expect((await cli(['list', '--json', '--data-dir', dataDir])).json<SeriesSummary[]>().map((s) => path.basename(s.path))).toEqual(['Show C']);
  expect((await cli(['roots', '--json', '--data-dir', dataDir])).json<RootStatus[]>().map((r) => r.path)).toEqual([other]);
  expect(fs.readdirSync(lib).sort()).toEqual(['Show A', 'Show B']);
  expect(fs.readdirSync(path.join(lib, 'Show B'))).toHaveLength(2);

  const again = await cli(['remove-folder', lib, '--data-dir', dataDir]);
  expect(again.code).toBe(2);
  expect(again.stderr).toBe(`anishelf: ${lib} is not a library folder; see \`anishelf roots\` for the list.\n`);
  // By id, as `anishelf roots` lists it, with --json.
  const [root] = (await cli(['roots', '--json', '--data-dir', dataDir])).json<RootStatus[]>();
  expect((await cli(['remove-folder', String(root!.id), '--json', '--data-dir', dataDir])).json()).toEqual({ path: other, removedSeries: 1 });
});

test('rescan and add keep a series whose folder was renamed, and say so', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 2, 'Show B': 1 }));
  expect((await cli(['add', lib, '--data-dir', dataDir])).code).toBe(0);
  expect((await cli(['load', '--data-dir', dataDir])).code).toBe(0);
  const [a] = (await cli(['list', '--json', '--data-dir', dataDir])).json<SeriesSummary[]>();

  asUser(() => fs.renameSync(path.join(lib, 'Show A'), path.join(lib, 'Show A (2020)')));
  const rescan = await cli(['rescan', lib, '--data-dir', dataDir]);
  expect(rescan.code).toBe(0);
  expect(rescan.stdout).toContain(`${lib}: 0 new series added, 1 series queued for a rescan, 1 renamed or moved series kept at their new folders.`);

  asUser(() => fs.renameSync(path.join(lib, 'Show A (2020)'), path.join(lib, 'Show A - 2020')));
  const added = await cli(['add', lib, '--data-dir', dataDir]);
  expect(added.code).toBe(0);
  expect(added.stdout).toContain(`Renamed or moved: ${path.join(lib, 'Show A (2020)')} → ${path.join(lib, 'Show A - 2020')} (series ${a!.id}, kept with its match and settings)`);
  expect(added.stdout).not.toContain('Added nothing');
  const listed = (await cli(['list', '--json', '--data-dir', dataDir])).json<SeriesSummary[]>();
  expect(listed.map((s) => [s.id, path.basename(s.path)])).toEqual([[a!.id, 'Show A - 2020'], [a!.id + 1, 'Show B']]);
});

test('anishelf watch loads and watches in the foreground; a second one is refused; SIGTERM stops it', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1 }));
  expect((await cli(['add', lib, '--data-dir', dataDir])).code).toBe(0);
  const watching = start(['watch', '--data-dir', dataDir]);
  try {
    await waitFor(() => watching.out().includes('Watching 1 library folder'), { what: `the watch line (${watching.err()})` });
    const second = await cli(['watch', '--data-dir', dataDir]);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/Another Anishelf \(process \d+/);

    writeTree(lib, { 'Show A/Show A - 02.mkv': 'v' });
    await waitFor(async () => (await cli(['list', '--json', '--data-dir', dataDir])).json<SeriesSummary[]>()[0]?.videoCount === 2, { what: 'the new episode to be loaded' });
    // The log tells each change, one timestamped line each.
    await waitFor(() => watching.out().includes('Show A: 2 videos (1 new)\n'), { what: () => `the new episode's log line (${watching.out()}; ${watching.err()})` });
    writeTree(lib, seriesFiles({ 'Show C': 1 }));
    await waitFor(() => /^\d\d:\d\d:\d\d Show C: ready \(1 video\)$/m.test(watching.out()), { what: () => `the new series' log lines (${watching.out()}; ${watching.err()})` });
    const lines = watching.out().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^\d\d:\d\d:\d\d Show A: ready \(1 video\)$/));
    expect(lines.filter((l) => /^\d\d:\d\d:\d\d New series: /.test(l)).map((l) => l.slice(9))).toEqual([`New series: Show C (${path.join(lib, 'Show C')})`]);
    watching.child.kill('SIGTERM');
    expect(await watching.exited).toBe(0);
  } finally {
    watching.child.kill('SIGKILL');
  }
}, 600_000);

test('anishelf watch-mode switches a library folder to polling every N minutes, and refuses a bad mode', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1 }));
  await cli(['add', lib, '--data-dir', dataDir]);
  // A path as typed in a shell: relative to where the command runs.
  const set = await cli(['watch-mode', path.relative(process.cwd(), lib), 'poll', '--every', '15', '--json', '--data-dir', dataDir]);
  expect(set.json()).toMatchObject({ path: lib, watch: 'poll', watchSetting: 'poll', pollMinutes: 15, state: 'polling' });
  expect((await cli(['roots', '--data-dir', dataDir])).stdout).toContain('poll 15 min');
  const bad = await cli(['watch-mode', lib, 'sometimes', '--data-dir', dataDir]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('auto, realtime, poll, off');
});
