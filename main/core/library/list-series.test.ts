import { expect, test } from 'vitest';
import { LIBRARY_FILTERS, LIBRARY_SORTS, type LibraryFilter, type LibrarySort } from '../../../shared/library-view';
import { dispatch } from '../rpc/dispatch';
import { createHandlers } from '../rpc/handlers';
import { seriesFiles, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';

test('library.ids answers every view (search, filter, sort) with the ids of library.list, in its order', async () => {
  const lib = libraryDir();
  writeTree(lib, {
    ...seriesFiles({ Alpha: 2, 'Bravo 100%': 1, Charlie_x: 3, Delta: 1, 'Echo (2019)': 2 }),
    // Searched by its original title, which only the NFO gives; sorted by its sort title.
    'Delta/tvshow.nfo': '<tvshow><title>Delta</title><originaltitle>Zulu Original</originaltitle><sorttitle>Aaa Delta</sorttitle></tvshow>',
    'Empty/readme.txt': 'no videos',
  });
  const core = await testCore();
  try {
    await core.addFolders([lib]);
    await core.startLoader();
    await waitFor(async () => (await core.listSeries({ filter: 'loading' })).length === 0, { what: 'the loads' });
    const handlers = createHandlers(core, { mode: 'web', version: 'test' });
    const call = async (method: 'library.ids' | 'library.list', args: object) => {
      const reply = await dispatch(handlers, method, args);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as unknown;
    };
    const titles = async (args: object) => (await core.listSeries(args)).map((s) => s.title);
    // The views this test compares are not all alike: searches find by title, folder and original title, with % and _ taken literally.
    expect(await titles({ search: 'zulu' })).toEqual(['Delta']);
    expect(await titles({ search: '100%' })).toEqual(['Bravo 100%']);
    expect(await titles({ search: '_x' })).toEqual(['Charlie x']);
    expect(await titles({ search: 'o' })).toEqual(['Delta', 'Bravo 100%', 'Echo']);
    expect((await titles({}))[0]).toBe('Delta');

    let compared = 0;
    for (const search of [undefined, 'a', 'zulu', '100%', '_', 'nothing matches this']) {
      for (const filter of LIBRARY_FILTERS as readonly LibraryFilter[]) {
        for (const sort of LIBRARY_SORTS as readonly LibrarySort[]) {
          const args = { ...(search === undefined ? {} : { search }), filter, sort };
          const list = (await call('library.list', args)) as { id: number }[];
          expect(await call('library.ids', args), JSON.stringify(args)).toEqual(list.map((s) => s.id));
          compared++;
        }
      }
    }
    expect(compared).toBe(6 * LIBRARY_FILTERS.length * LIBRARY_SORTS.length);
    // A first page is the list's business: the ids view takes no limit.
    expect(await dispatch(handlers, 'library.ids', { limit: 2 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  } finally {
    await core.close();
  }
});

test("a series lists the season its folder's name says, and none when the name says none", async () => {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Breaking.Bad.2008.S02.1080p.BluRay.x264-ROVERS': 2, 'Breaking Bad': 1 }));
  const core = await testCore();
  try {
    await core.addFolders([lib]);
    const byFolder = new Map((await core.listSeries()).map((s) => [s.path.split('/').at(-1), s]));
    expect(byFolder.get('Breaking.Bad.2008.S02.1080p.BluRay.x264-ROVERS')).toMatchObject({ title: 'Breaking Bad', year: 2008, seasonHint: 2 });
    expect(byFolder.get('Breaking Bad')).not.toHaveProperty('seasonHint');
  } finally {
    await core.close();
  }
});
