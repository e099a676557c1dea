import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { testCore } from '../testing/core';
import { libraryDir, tempDir, writeTree } from '../testing/temp';
import { buildTmdbShows } from './testing/build-tmdb';
import { TMDB_SEEDS } from './testing/data/tmdb-seeds';
import { FakeProviderServer } from './testing/fake-provider-server';

test("a TMDB match fills tvshow.nfo's content rating for the chosen country; the user's rating stays until a refresh from the provider, even when the row does not know it", async () => {
  const seeds = TMDB_SEEDS.filter((s) => ['Breaking Bad', 'The Wire', 'Chernobyl'].includes(s.name));
  const server = await new FakeProviderServer({ anilist: [], tmdb: buildTmdbShows(seeds) }).start();
  const lib = libraryDir();
  writeTree(lib, {
    'Breaking Bad [tmdbid-1396]/Season 01/Breaking Bad - S01E01.mkv': 'video',
    'Chernobyl [tmdbid-87108]/Chernobyl - S01E01.mkv': 'video',
    'The Wire [tmdbid-1438]/tvshow.nfo': '<tvshow>\n  <title>The Wire</title>\n  <mpaa>Mine</mpaa>\n</tvshow>\n',
    'The Wire [tmdbid-1438]/The Wire - S01E01.mkv': 'video',
  });
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: 'key', ANISHELF_TMDB_PER_MIN: '6000' };
  const core = await testCore({ dataDir: tempDir('anishelf-data-'), env });
  try {
    // The setting: a two-letter code, "" to follow the system again; anything else is refused.
    expect((await core.setSetting('rating-country', '')).ratingCountry.source).toBe('system');
    await expect(core.setSetting('rating-country', 'Germany')).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    expect((await core.setSetting('rating-country', 'de')).ratingCountry).toEqual({ country: 'DE', source: 'settings' });

    await core.addFolders([lib]);
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.identifyQueue.whenIdle();
    const nfo = (folder: string) => fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8');
    expect(nfo('Breaking Bad [tmdbid-1396]')).toContain('<mpaa>FSK-16</mpaa>');
    // No German rating: the US one, plain.
    expect(nfo('Chernobyl [tmdbid-87108]')).toContain('<mpaa>TV-14</mpaa>');
    expect(nfo('The Wire [tmdbid-1438]')).toContain('<mpaa>Mine</mpaa>');

    const wire = (await core.listSeries()).find((s) => s.path.includes('The Wire'))!.id;
    expect((await core.getSeries(wire)).contentRating).toBe('Mine');
    // After an upgrade the new columns read empty until the series is loaded again: a fill then
    // still keeps the file's rating (the file has the last word), and the row learns it from the file.
    await core.db.updateTable('series').set({ mpaa: null, nfo_named_seasons: '{}', nfo_actors: 0 }).where('id', '=', wire).execute();
    const before = nfo('The Wire [tmdbid-1438]');
    await core.metadata.identify(wire);
    expect(nfo('The Wire [tmdbid-1438]')).toBe(before);
    expect((await core.getSeries(wire)).contentRating).toBe('Mine');

    await core.metadata.identify(wire, { refresh: true });
    expect(nfo('The Wire [tmdbid-1438]')).toContain('<mpaa>TV-14</mpaa>');
  } finally {
    await core.close();
    await server.close();
  }
});
