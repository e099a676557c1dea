import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../../core/testing/temp';
import { HANG_MS } from '../../core/testing/wait';
import { cli } from '../testing/run';

const REPO = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const corpus = (name: string) => path.join(REPO, 'main/core/nfo/corpus', name);

const JSON_KEYS = ['kind', 'title', 'originalTitle', 'showTitle', 'year', 'premiered', 'plot', 'uniqueIds', 'defaultUniqueId', 'genres', 'season', 'episode', 'episodes', 'art', 'locked', 'problems'];

describe('anishelf nfo', () => {
  test('--json prints one object with what was read', async () => {
    const run = await cli(['nfo', corpus('kodi-tvshow.nfo'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = run.json();
    for (const key of JSON_KEYS) expect(result).toHaveProperty(key);
    expect(result).toMatchObject({
      file: corpus('kodi-tvshow.nfo'),
      kind: 'tvshow',
      title: "Frieren: Beyond Journey's End",
      originalTitle: '葬送のフリーレン',
      year: 2023,
      premiered: '2023-09-29',
      uniqueIds: { imdb: 'tt22248376', tmdb: '209867', tvdb: '424536' },
      defaultUniqueId: { type: 'tmdb', value: '209867' },
      locked: false,
      problems: [],
    });
  });

  test('prints a readable summary, problems included', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': '<tvshow><title>Evil\u001b[31m title</title><premiered>01/02/2024</premiered><genre>A</genre><genre>B</genre></tvshow>' });
    const run = await cli(['nfo', path.join(dir, 'tvshow.nfo')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${path.join(dir, 'tvshow.nfo')}\n  Kind            TV show\n`);
    expect(run.stdout).toContain('  Genres          A, B\n');
    expect(run.stdout).toMatch(/ {2}Problem {9}NFO_DATE: The date <premiered> "01\/02\/2024" in <tvshow> is ambiguous/);
    expect(run.stdout).not.toContain('\u001b');
  });

  test('lists the episodes of a multi-episode file', async () => {
    const run = await cli(['nfo', corpus('kodi-multi-episode.nfo')]);
    expect(run.stdout).toContain('  Episodes        S01E01 Asteroid Blues; S01E02 Stray Dog Strut\n');
    expect(run.stdout).toContain('  Problems        none\n');
  });

  test('a broken file still prints what was read, with its problems', async () => {
    const run = await cli(['nfo', corpus('broken-truncated.nfo'), '--json']);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ kind: 'tvshow', title: "Frieren: Beyond Journey's End", problems: [{ code: 'NFO_TRUNCATED' }] });
  });

  test('a missing file or a folder is a bad argument: exit 2, one line on stderr', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo/': '' });
    const missing = await cli(['nfo', path.join(dir, 'nope.nfo')]);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: `anishelf: There is no file at ${path.join(dir, 'nope.nfo')}; check the path.\n` });
    const folder = await cli(['nfo', path.join(dir, 'tvshow.nfo'), '--json']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`anishelf: ${path.join(dir, 'tvshow.nfo')} is a folder, not an NFO file; give the path of a .nfo file.\n`);
  });

  test('runs as a real process: node bin/anishelf.js nfo <file> --json', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/anishelf.js', 'nfo', corpus('sonarr-episode.nfo'), '--json'], { cwd: REPO, timeout: HANG_MS });
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ kind: 'episodedetails', title: 'Jupiter Jazz (1)', season: 1, episode: 12, problems: [] });
    expect(result.episodes).toHaveLength(2);
  });

  test('the real process exits 2 for a missing file', async () => {
    const run = promisify(execFile)(process.execPath, ['bin/anishelf.js', 'nfo', '/no/such/tvshow.nfo'], { cwd: REPO, timeout: HANG_MS });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: 'anishelf: There is no file at /no/such/tvshow.nfo; check the path.\n' });
  });
});
