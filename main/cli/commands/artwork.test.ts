import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { startFakeProviders } from '../../core/metadata/testing/providers';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { JPEG_6X9 } from '../../core/artwork/testing/images';
import { cli } from '../testing/run';

const KEY = '0123456789abcdef0123456789abcdef';

test('artwork refresh fetches again, keeps the user\'s own poster, and says so; an unmatched series is one clear line', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  writeTree(lib, { 'Breaking Bad (2008)/Breaking Bad - S01E01.mkv': 'v', 'Breaking Bad (2008)/poster.jpg': JPEG_6X9, 'Nothing Like It/Nothing Like It - 01.mkv': 'v' });
  const d = ['--data-dir', tempDir('anishelf-data-')];
  const env = { ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '600' };
  expect((await cli(['add', lib, '--wait', ...d], { env })).code).toBe(0);
  const folder = path.join(lib, 'Breaking Bad (2008)');
  // The queue filled what was missing and left the user's poster alone.
  expect(fs.existsSync(path.join(folder, 'fanart.jpg'))).toBe(true);
  expect(fs.readFileSync(path.join(folder, 'poster.jpg'))).toEqual(JPEG_6X9);

  const run = await cli(['artwork', 'refresh', folder, ...d], { env });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Breaking Bad \(tmdb:1396\)\n/);
  expect(run.stdout).toContain('  wrote fanart.jpg\n');
  expect(run.stdout).toContain('  wrote clearlogo.png\n');
  expect(run.stdout).toContain('  kept poster.jpg (your own file');
  expect(fs.readFileSync(path.join(folder, 'poster.jpg'))).toEqual(JPEG_6X9);
  const json = (await cli(['artwork', 'refresh', folder, '--json', ...d], { env })).json();
  expect(json).toMatchObject({ match: 'tmdb:1396', kept: [path.join(folder, 'poster.jpg')], waiting: null });

  const unmatched = await cli(['artwork', 'refresh', path.join(lib, 'Nothing Like It'), ...d], { env });
  expect(unmatched.code).toBe(2);
  expect(unmatched.stderr).toBe('anishelf: This series is not identified yet; identify it first, then refresh its artwork.\n');
});
