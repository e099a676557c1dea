import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { storedSeasonNames } from '../../db/repos/provider-episodes';
import { parseNfo } from '../../nfo/parse';
import { loadedLibrary } from '../../testing/core';
import { identifySeries } from '../identify-series';
import { sqliteResponseCache } from '../sqlite-cache';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { writeSeriesNfo } from '../write-series-nfo';
import { fetchEpisodeLists } from './fetch-lists';

function seasons(folder: string, counts: number[]): Record<string, string> {
  return Object.fromEntries(counts.flatMap((count, i) => Array.from({ length: count }, (_, e) => [`${folder}/Season 0${i + 1}/${folder} - S0${i + 1}E${String(e + 1).padStart(2, '0')}.mkv`, 'video'])));
}

test("each AniList entry matched to a season of its own names it by what its title adds, in the title language; a number is no name", async () => {
  const server = await startFakeProviders();
  const { core, lib, id } = await loadedLibrary({ ...seasons('Kimetsu no Yaiba', [26, 7, 11]), ...seasons('Shingeki no Kyojin', [25, 12, 22, 16]) });
  try {
    const { anilist, tmdb } = clientsFor(server, { cache: sqliteResponseCache(core.db) });
    const deps = { db: core.db, providers: { anilist, tmdb }, now: () => new Date(), ratingCountry: 'US' };
    const named = (folder: string) => parseNfo(fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8')).namedSeasons;

    for (const folder of ['Kimetsu no Yaiba', 'Shingeki no Kyojin']) {
      expect(await identifySeries(deps, id(folder))).toMatchObject({ state: 'matched' });
      expect(await fetchEpisodeLists({ ...deps, titleLanguage: 'english' }, id(folder))).toMatchObject({ stored: folder === 'Kimetsu no Yaiba' ? 3 : 4 });
      expect(await writeSeriesNfo({ ...deps, titleLanguage: 'english' }, id(folder))).toMatchObject({ written: true });
    }
    expect(named('Kimetsu no Yaiba')).toEqual({ 2: 'Mugen Train Arc', 3: 'Entertainment District Arc' });
    // "Season 2" and "Season 3" say nothing Kodi does not; "Final Season" does.
    expect(named('Shingeki no Kyojin')).toEqual({ 4: 'Final Season' });

    // In romaji, the lists name the seasons as AniList's romaji titles do.
    await fetchEpisodeLists({ ...deps, titleLanguage: 'romaji' }, id('Kimetsu no Yaiba'));
    expect(await storedSeasonNames(core.db, id('Kimetsu no Yaiba'), 'anilist')).toEqual({ 2: 'Mugen Ressha-hen', 3: 'Yuukaku-hen' });
  } finally {
    await core.close();
  }
});
