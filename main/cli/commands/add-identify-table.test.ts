import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FOLDER_NAMES } from '../../core/metadata/testing/data/folder-names';
import { startFakeProviders } from '../../core/metadata/testing/providers';
import { parseNfo } from '../../core/nfo';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { cli } from '../testing/run';

const KEY = '0123456789abcdef0123456789abcdef';
// Folders on disk: one per name, and only names given with files (a count of 0 is "unknown").
const FOLDERS = FOLDER_NAMES.filter(([folder, , videoCount], i) => videoCount > 0 && FOLDER_NAMES.findIndex(([other]) => other === folder) === i).slice(0, 200);

// The whole path a user takes: folders on disk, `anishelf add --wait --json` against the local
// AniList and TMDB, and the tvshow.nfo each match writes (its uniqueid says what was matched).
test('add --wait --json over 200 anime folders of the matcher table: every series gets a match state, and no auto-match is wrong', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const files: Record<string, string> = {};
  for (const [folder, , videoCount] of FOLDERS) {
    for (let e = 1; e <= videoCount; e++) files[`${folder}/Episode ${String(e).padStart(2, '0')}.mkv`] = 'v';
  }
  writeTree(lib, files);
  const d = ['--data-dir', tempDir('anishelf-data-')];
  const env = { ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '100000', ANISHELF_TMDB_PER_MIN: '100000' };
  // Identification is what is measured here: the 8,000 episode NFOs are left out.
  const config = await cli(['config', 'set', 'episode-nfos', 'off', ...d], { env });
  expect(config.stderr).toBe('');
  expect(config.code).toBe(0);

  const added = await cli(['add', lib, '--wait', '--json', ...d], { env });
  expect(added.code).toBe(0);
  const series = added.json().added as Array<{ path: string; matchState: string | null }>;
  expect(series).toHaveLength(FOLDERS.length);

  const wrong: string[] = [];
  let matched = 0;
  for (const s of series) {
    expect(['matched', 'needs_review', 'unmatched']).toContain(s.matchState);
    if (s.matchState !== 'matched') continue;
    matched++;
    const want = FOLDERS.find(([folder]) => folder === path.basename(s.path))![1];
    const nfo = parseNfo(fs.readFileSync(path.join(s.path, 'tvshow.nfo')));
    const [provider, id] = want === null ? ['', ''] : want.split(':');
    if (want === null || nfo.uniqueIds[provider!] !== id) wrong.push(`${path.basename(s.path)} → ${JSON.stringify(nfo.uniqueIds)} (want ${want})`);
  }
  expect(wrong).toEqual([]);
  // The table's recall floor holds through the whole path too (the matcher's own test measures it exactly).
  expect(matched).toBeGreaterThanOrEqual(0.9 * FOLDERS.filter(([, want]) => want !== null).length);
});
