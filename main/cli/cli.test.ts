import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { seriesFiles } from '../core/testing/core';
import { unreadableDir } from '../core/testing/faults';
import { asUser } from '../core/testing/library-write-guard';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { displayWidth } from './terminal-text';
import { cli } from './testing/run';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/anishelf.js');

function setup(files: Record<string, string> = seriesFiles({ Alpha: 2, Beta: 3 })) {
  const lib = libraryDir();
  writeTree(lib, files);
  const dataDir = tempDir('anishelf-data-');
  return { lib, dataDir, d: ['--data-dir', dataDir] };
}

describe('anishelf CLI', () => {
  test('--help lists the commands and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const c of ['add', 'scan', 'list', 'show', 'remove', 'load', 'status', 'retry', 'cancel', 'pause', 'resume']) expect(run.stdout).toContain(c);
  });

  test('add --json prints the public shape; add without --wait leaves jobs queued', async () => {
    const { lib, d } = setup();
    const run = await cli(['add', lib, '--json', ...d]);
    expect(run.code).toBe(0);
    const result = run.json();
    expect(Object.keys(result)).toEqual(['added', 'skipped']);
    expect(result.added).toHaveLength(2);
    for (const s of result.added) {
      for (const key of ['id', 'path', 'title', 'year', 'videoCount', 'hasNfo', 'hasPoster', 'hasLogo', 'hasFanart', 'loadingStatus', 'loadingStage', 'loadingError']) expect(s).toHaveProperty(key);
      expect(s.loadingStatus).toBe('pending');
    }
    const status = (await cli(['status', '--json', ...d])).json();
    expect(status).toMatchObject({ queued: 2, running: 0, active: false, counts: { pending: 2, completed: 0 } });
  });

  test('add --wait --json reports every series completed; a second run adds nothing', async () => {
    const { lib, d } = setup();
    const first = (await cli(['add', lib, '--wait', '--json', ...d])).json();
    expect(first.added.map((s: { title: string; loadingStatus: string; videoCount: number }) => [s.title, s.loadingStatus, s.videoCount])).toEqual([
      ['Alpha', 'completed', 2],
      ['Beta', 'completed', 3],
    ]);
    const second = await cli(['add', lib, '--wait', '--json', ...d]);
    expect(second.code).toBe(0);
    expect(second.json()).toEqual({ added: [], skipped: [{ path: lib, reason: 'already in the library; no new series found' }] });
  });

  test('adding the folder above a library folder says what became of it and of its series, not that either was skipped', async () => {
    const { lib, d } = setup({ 'Anime/Alpha/Alpha - 01.mkv': 'video', 'Anime/Beta/Beta - 01.mkv': 'video', 'TV/Gamma/Gamma - 01.mkv': 'video' });
    expect((await cli(['add', path.join(lib, 'Anime'), '--wait', ...d])).code).toBe(0);
    const parent = await cli(['add', lib, '--wait', ...d]);
    expect(parent.code).toBe(0);
    expect(parent.stdout).toContain('Added 1 series:');
    expect(parent.stdout).toContain(`${path.join(lib, 'Anime')}: was already in the library; it is now part of ${lib}\n`);
    expect(parent.stdout).toContain(`${lib}: 2 series already in the library, kept as they are\n`);
    expect(parent.stdout).not.toContain('Skipped');
  });

  test('list, show, scan and remove, by id or by path, as JSON and as tables', async () => {
    const { lib, d } = setup();
    await cli(['add', lib, '--wait', ...d]);
    const list = (await cli(['list', '--json', ...d])).json();
    expect(list.map((s: { title: string }) => s.title)).toEqual(['Alpha', 'Beta']);
    const table = await cli(['list', ...d]);
    expect(table.stdout).toMatch(/^ID\s+TITLE\s+YEAR\s+VIDEOS\s+STATUS\s+MEDIA\n1\s+Alpha\s+2\s+completed/);
    // The window's views: search, filter and sort.
    expect((await cli(['list', '--search', 'BÉTA', '--json', ...d])).json().map((s: { title: string }) => s.title)).toEqual(['Beta']);
    expect((await cli(['list', '--sort', 'added', '--filter', 'failed', '--json', ...d])).json()).toEqual([]);
    expect((await cli(['list', '--search', 'gamma', ...d])).stdout).toBe('No series match.\n');
    const badSort = await cli(['list', '--sort', 'size', ...d]);
    expect(badSort.code).not.toBe(0);
    expect(badSort.stderr).toContain('--sort takes one of title, added, status, missing, not "size".');
    expect(badSort.stderr).not.toMatch(/\n\s+at /);

    const show = (await cli(['show', path.join(lib, 'Beta'), '--json', ...d])).json();
    expect(show.episodes.map((e: { path: string; episodes: number[] }) => [path.basename(e.path), e.episodes])).toEqual([
      ['Beta - 01.mkv', [1]], ['Beta - 02.mkv', [2]], ['Beta - 03.mkv', [3]],
    ]);
    expect(Object.keys(show.episodes[0])).toEqual(expect.arrayContaining(['path', 'season', 'episodes', 'absolute']));

    writeTree(lib, { 'Beta/Beta - 04.mkv': '' });
    expect((await cli(['scan', '2', '--json', ...d])).json()).toMatchObject({ videoCount: 4, added: 1 });
    // Not identified (no provider here): nothing is known to be missing, and it says so rather than "none".
    expect((await cli(['missing', '2', ...d])).stdout).toBe('Beta has no episode list yet, so no episode is known to be missing: episode lists come with identification (AniList, or TMDB with your key).\n');
    expect((await cli(['missing', ...d])).stdout).toBe('No series has an episode list yet, so no episode is known to be missing: episode lists come with identification (AniList, or TMDB with your key).\n');

    const removed = await cli(['remove', '1', ...d]);
    expect(removed.stdout).toMatch(/Removed Alpha from the library; its folder .* is untouched/);
    expect((await cli(['roots', ...d])).stdout).toContain(`Left out, removed by you (\`anishelf add\` one to have it back):\n  ${path.join(lib, 'Alpha')}\n`);
    expect(fs.existsSync(path.join(lib, 'Alpha', 'Alpha - 01.mkv'))).toBe(true);
    expect((await cli(['list', '--json', ...d])).json()).toHaveLength(1);
  });

  test('reload and remove take several series; a name that is no series stops them before anything is done', async () => {
    const { lib, d } = setup(seriesFiles({ Alpha: 1, Beta: 1, Gamma: 1 }));
    await cli(['add', lib, '--wait', ...d]);
    const wrong = await cli(['remove', '1', path.join(lib, 'Nowhere'), ...d]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
    expect((await cli(['list', '--json', ...d])).json()).toHaveLength(3);

    await cli(['pause', ...d]);
    const reload = await cli(['reload', '3', path.join(lib, 'Alpha'), '3', ...d]);
    expect(reload.stdout).toBe(['Gamma', 'Alpha'].map((t) => `${t}: queued for a fresh load from its first stage. The process running the loader (the app, \`anishelf serve\` or \`anishelf watch\`) picks it up; \`anishelf load\` runs it now.\n`).join(''));
    const statuses = (await cli(['list', '--json', ...d])).json().map((s: { title: string; loadingStatus: string }) => [s.title, s.loadingStatus]);
    expect(statuses).toEqual([['Alpha', 'pending'], ['Beta', 'completed'], ['Gamma', 'pending']]);
    expect((await cli(['reload', '2', '--json', ...d])).json()).toMatchObject({ status: 'pending' });

    const removed = await cli(['remove', '1', '2', '--json', ...d]);
    expect(removed.json().map((r: { removed: { title: string } }) => r.removed.title)).toEqual(['Alpha', 'Beta']);
    expect((await cli(['list', '--json', ...d])).json().map((s: { title: string }) => s.title)).toEqual(['Gamma']);
    expect(fs.existsSync(path.join(lib, 'Alpha', 'Alpha - 01.mkv'))).toBe(true);
  });

  test('show lists each episode with its title, from its episode NFO where it has one, shown and never obeyed', async () => {
    const { lib, d } = setup({
      'Gamma/Gamma - 01.mkv': '',
      'Gamma/Gamma - 01.nfo': '<episodedetails><title>The Journey\'s End</title><season>1</season><episode>1</episode></episodedetails>',
      'Gamma/Gamma - 02.mkv': '',
      'Gamma/Gamma - 02.nfo': '<episodedetails><title>Bell \x07 and \x1b[31mred</title><season>1</season><episode>2</episode></episodedetails>',
    });
    expect((await cli(['add', lib, '--wait', ...d])).code).toBe(0);
    const show = await cli(['show', '1', ...d]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^SEASON +EPISODES +ABSOLUTE +TITLE +FILE$/m);
    // Fansub numbering: no season, episode and absolute number 1.
    expect(show.stdout).toMatch(/^ +1 +1 +The Journey's End +Gamma - 01\.mkv$/m);
    expect(show.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(show.stdout).toMatch(/^ +2 +2 +Bell +and \[31mred +Gamma - 02\.mkv$/m);
  });

  test("show names the content rating and the seasons its tvshow.nfo names, as the detail panel does", async () => {
    const { lib, d } = setup({
      'Epsilon/tvshow.nfo': '<tvshow><title>Epsilon</title><mpaa>TV-MA</mpaa><namedseason number="4">The Final Season</namedseason><namedseason number="2">Part \x1b[31mTwo</namedseason></tvshow>',
      'Epsilon/Season 04/Epsilon - S04E01.mkv': '',
    });
    expect((await cli(['add', lib, '--wait', ...d])).code).toBe(0);
    const show = await cli(['show', '1', ...d]);
    expect(show.stdout).toContain('\n  rated TV-MA\n  season names 2: Part [31mTwo · 4: The Final Season\n');
    expect((await cli(['show', '1', '--json', ...d])).json()).toMatchObject({ seasonNames: { 2: 'Part [31mTwo', 4: 'The Final Season' } });
  });

  test('show names the files to look at: the same episode twice (the parts of a split one are not) and files it could not place', async () => {
    const { lib, d } = setup({
      'Delta/Delta - S01E01 - part1.mkv': '', 'Delta/Delta - S01E01 - part2.mkv': '',
      'Delta/Delta - S01E02.mkv': '', 'Delta/Delta - S01E02v2.mkv': '',
      'Delta/making of the show.mkv': '',
    });
    expect((await cli(['add', lib, '--wait', ...d])).code).toBe(0);
    const show = await cli(['show', '1', ...d]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^1 +1 part 1 +Delta - S01E01 - part1\.mkv$/m);
    expect(show.stdout).toContain('\nSame episode more than once:\n  Delta - S01E02.mkv  ·  Delta - S01E02v2.mkv\n');
    expect(show.stdout).not.toMatch(/part1\.mkv  ·/);
    expect(show.stdout).toContain('\nEpisode not recognised:\n  making of the show.mkv\n');
  });

  test('names that hold terminal escapes, newlines or kanji are shown, never obeyed; tables fit the terminal', async () => {
    const longTitle = `Long ${'very '.repeat(40)}title`;
    const { lib, d } = setup({
      'Evil\x1b]0;pwned\x07Show/ep \x1b[31mRED\x1b[0m 01.mkv': '',
      'New\nLine Show/Line - 01.mkv': '',
      '進撃の巨人/進撃の巨人 第01話.mkv': '',
      [`${longTitle}/Long - 01.mkv`]: '',
    });
    const runs = [await cli(['add', lib, '--wait', ...d])];
    runs.push(await cli(['list', ...d]), await cli(['list', ...d], { tty: true, columns: 80 }));
    const shows = await Promise.all([1, 2, 3, 4].map((id) => cli(['show', String(id), ...d], { tty: true, columns: 80 })));
    runs.push(...shows);
    for (const run of runs) {
      expect(run.code).toBe(0);
      // Nothing a terminal acts on: no escape, bell, carriage return or C1 control.
      expect(run.stdout + run.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    }
    const evil = shows.find((s) => s.stdout.includes('Evil'))!.stdout;
    expect(evil).toMatch(/^Evil \]0;pwned Show\n/);
    expect(evil).toContain('ep \\x1b[31mRED\\x1b[0m 01.mkv');
    expect(shows.find((s) => s.stdout.includes('Line Show'))!.stdout).toContain('/New\\nLine Show\n');

    const [plain, tty] = [runs[1]!.stdout, runs[2]!.stdout];
    // To a pipe the table keeps every title whole; on an 80-column terminal no line is wider.
    expect(plain).toContain(longTitle);
    expect(tty).not.toContain(longTitle);
    expect(tty).toMatch(/Long very .*… +1 +completed/);
    for (const line of tty.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    // A kanji title takes two columns a character: the columns after it still line up.
    const statusColumn = (line: string) => displayWidth(line.slice(0, line.indexOf(line.includes('STATUS') ? 'STATUS' : 'completed')));
    expect(new Set(tty.trimEnd().split('\n').map(statusColumn)).size).toBe(1);
  });

  test('bad input exits 2 with one clear line on stderr', async () => {
    const { lib, d } = setup();
    const cases: Array<[string[], RegExp]> = [
      [['add', path.join(lib, 'missing'), ...d], /does not exist/],
      [['add', path.join(lib, 'Alpha', 'Alpha - 01.mkv'), ...d], /is a file, not a folder/],
      [['add', 'a\0b', ...d], /NUL/],
      [['show', '999', ...d], /no series with id 999/],
      [['show', '/nowhere', ...d], /not a series in the library/],
      [['load', '--workers', '99', ...d], /--workers takes a whole number from 1 to 16/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  // Node's recursive mkdir spins for ever in /proc; a real process, so the old spin fails the test.
  test.skipIf(!fs.existsSync('/proc/self'))('a data folder where no folder can be made (/proc) exits 2 with one line, at once', () => {
    const run = spawnSync(process.execPath, [bin, 'list', '--data-dir', '/proc/anishelf-data'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ANISHELF_PROVIDERS: 'off' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('anishelf: Anishelf cannot make its data folder /proc/anishelf-data there (ENOENT); choose another with --data-dir.\n');
  });

  test('a corrupt or zero-byte database exits 2 with how to recover, and the file is kept', async () => {
    const dataDir = tempDir('anishelf-data-');
    fs.writeFileSync(path.join(dataDir, DATABASE_FILENAME), '');
    const run = await cli(['list', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty \(0 bytes\).*move it aside/);
    expect(fs.statSync(path.join(dataDir, DATABASE_FILENAME)).size).toBe(0);
  });

  test('ANISHELF_DATA_DIR is used when --data-dir is absent', async () => {
    const { lib, dataDir } = setup();
    await cli(['add', lib], { env: { ANISHELF_DATA_DIR: dataDir } });
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILENAME))).toBe(true);
  });

  test('load runs the queue; status, pause (kept), resume, retry and cancel work from the CLI', async () => {
    const { lib, d } = setup(seriesFiles({ Good: 1, Locked: 1, Third: 1 }));
    await cli(['add', lib, ...d]);
    const locked = unreadableDir(lib, 'Locked');
    expect((await cli(['pause', ...d])).stdout).toMatch(/paused; 3 series queued/);
    const paused = await cli(['load', ...d]);
    expect(paused.code).toBe(2);
    expect(paused.stderr).toMatch(/paused; run `anishelf resume` first/);
    expect((await cli(['status', '--json', ...d])).json()).toMatchObject({ paused: true, queued: 3 });
    await cli(['resume', ...d]);
    expect((await cli(['cancel', '3', ...d])).stdout).toBe('Third: its load is cancelled (`anishelf retry` queues it again).\n');
    expect((await cli(['cancel', '3', ...d])).stdout).toBe('Third: cancelled; nothing to cancel (no load of it is queued or running).\n');
    const load = await cli(['load', '--json', ...d]);
    expect(load.json()).toMatchObject({ counts: { completed: 1, failed: 1, cancelled: 1 } });
    fs.chmodSync(locked, 0o755);
    // A completed series has nothing to retry, and is told so rather than its bare status.
    expect((await cli(['retry', '1', ...d])).stdout).toBe('Good: completed; nothing to retry (only a failed or cancelled load is; `anishelf reload` loads it afresh).\n');
    expect((await cli(['retry', '2', '--json', ...d])).json()).toMatchObject({ status: 'pending', error: null });
    expect((await cli(['retry', '3', ...d])).stdout).toMatch(/^Third: queued again; its finished stages are kept\. The process running the loader .* `anishelf load` runs it now\.\n$/);
    expect((await cli(['load', '--json', ...d])).json()).toMatchObject({ counts: { completed: 3, failed: 0 } });
  });

  test('status and load count a series whose folder is gone as gone only, as the window does, never also as failed', async () => {
    const { lib, d } = setup(seriesFiles({ Good: 1, Gone: 1, Locked: 1 }));
    await cli(['add', lib, '--wait', ...d]);
    const locked = unreadableDir(lib, 'Locked');
    asUser(() => fs.rmSync(path.join(lib, 'Gone'), { recursive: true }));
    await cli(['reload', path.join(lib, 'Gone'), ...d]);
    await cli(['reload', path.join(lib, 'Locked'), ...d]);
    const load = await cli(['load', ...d]);
    expect(load.stdout).toBe('Done: 1 completed, 1 failed, 0 cancelled, 0 pending; 1 offline or gone.\n');
    expect((await cli(['status', '--json', ...d])).json()).toMatchObject({ failed: 1, offline: 1 });
    expect((await cli(['status', ...d])).stdout).toMatch(/· 1 failed · 1 offline or gone\n/);
    // Its row and its library folder say "gone", not "missing" (that word is for episodes).
    expect((await cli(['list', ...d])).stdout).toMatch(/\n\d+ +Gone +\d+ +gone +/);
    expect((await cli(['roots', ...d])).stdout).toMatch(/^ID +STATE +WATCH +SERIES +GONE +LAST CHECK +FOLDER\n\d+ +online +\S+ (?:\(auto\) +)?3 +1 +/);
    fs.chmodSync(locked, 0o755);
  });

  test('on a TTY load draws a live progress line', async () => {
    const { lib, d } = setup(seriesFiles({ One: 1, Two: 1 }));
    await cli(['add', lib, ...d]);
    const run = await cli(['load', ...d], { tty: true });
    expect(run.stdout).toMatch(/loading 2\/2 · 5 workers · 0 failed\n/);
  });
});
