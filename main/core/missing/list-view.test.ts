import { expect, test } from 'vitest';
import type { MissingRow } from '../../../shared/missing';
import { saveEpisodeList } from '../db/repos/provider-episodes';
import { aniListEpisodeList } from '../metadata/episode-list/anilist';
import { OWN_NUMBERING } from '../metadata/episode-list/placement';
import { dispatch } from '../rpc/dispatch';
import { createHandlers } from '../rpc/handlers';
import { testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { aniListMedia, FIXTURE_NOW_MS } from './fixtures/index';

test('library.list filters "Missing episodes" and "Airing", sorts by most missing, and the contract methods answer', async () => {
  const lib = libraryDir();
  const names = (title: string, numbers: number[]) => Object.fromEntries(numbers.map((n) => [`${title}/${title} - ${String(n).padStart(2, '0')}.mkv`, 'v']));
  writeTree(lib, { ...names('Alpha', [1, 2, 4]), ...names('Bravo', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), ...names('Charlie', [1, 2, 3, 4, 6, 7, 8, 9]), ...names('Delta', [1]) });
  const core = await testCore({ now: () => new Date(FIXTURE_NOW_MS) });
  try {
    const { added } = await core.addFolders([lib]);
    const id = (title: string) => added.find((s) => s.title === title)!.id;
    for (const s of added) await core.scanSeries(s.id);
    const store = async (title: string, fixture: 'finished-12' | 'airing') => {
      const { list, episodes } = aniListEpisodeList(id(title), aniListMedia(fixture), OWN_NUMBERING, FIXTURE_NOW_MS);
      await saveEpisodeList(core.db, list, episodes);
    };
    await store('Alpha', 'finished-12'); // 9 missing
    await store('Bravo', 'finished-12'); // complete
    await store('Charlie', 'airing'); // 1 missing (E5), airing
    // Delta has no list: nothing known.

    const titles = async (query: Parameters<typeof core.listSeries>[0]) => (await core.listSeries(query)).map((s) => s.title);
    expect(await titles({ filter: 'missing-episodes' })).toEqual(['Alpha', 'Charlie']);
    expect(await titles({ filter: 'airing' })).toEqual(['Charlie']);
    expect(await titles({ sort: 'missing' })).toEqual(['Alpha', 'Charlie', 'Bravo', 'Delta']);
    expect(await titles({ sort: 'missing', search: 'a', filter: 'missing-episodes' })).toEqual(['Alpha', 'Charlie']);
    // A first page is the start of the same order, whichever way the order is made.
    expect(await titles({ sort: 'missing', limit: 2 })).toEqual(['Alpha', 'Charlie']);
    expect(await titles({ sort: 'title', limit: 3 })).toEqual(['Alpha', 'Bravo', 'Charlie']);

    const handlers = createHandlers(core, { mode: 'web', version: 'test' });
    expect(await dispatch(handlers, 'missing.counts', {})).toMatchObject({ ok: true, value: expect.arrayContaining([{ seriesId: id('Alpha'), missing: 9, airing: false, listed: true }, { seriesId: id('Charlie'), missing: 1, airing: true, listed: true }, { seriesId: id('Delta'), missing: 0, airing: false, listed: false }]) });
    const marked = await dispatch(handlers, 'missing.setNotWanted', { id: id('Charlie'), season: 1, episode: 5, notWanted: true });
    expect(marked).toMatchObject({ ok: true, value: { missingCount: 0 } });
    expect(await titles({ filter: 'missing-episodes' })).toEqual(['Alpha']);
    const rows = await dispatch(handlers, 'missing.list', { upcoming: true });
    expect(rows.ok && (rows.value as MissingRow[]).filter((r) => r.seriesId === id('Charlie')).map((r) => `${r.episode} ${r.state}`)).toEqual(['10 upcoming', '11 upcoming', '12 upcoming']);
    expect(await dispatch(handlers, 'missing.setNotWanted', { id: id('Charlie'), season: -1, episode: 5, notWanted: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(handlers, 'missing.series', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'SERIES_NOT_FOUND' } });
    expect(await dispatch(handlers, 'library.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });

    // The global specials setting: followed by series without their own choice.
    expect(await dispatch(handlers, 'missing.settings', {})).toEqual({ ok: true, value: { showSpecials: false } });
    expect(await dispatch(handlers, 'missing.setGlobalShowSpecials', { show: true })).toEqual({ ok: true, value: { showSpecials: true } });
    expect(await dispatch(handlers, 'missing.series', { id: id('Alpha') })).toMatchObject({ ok: true, value: { specialsShown: true } });
    await dispatch(handlers, 'missing.setShowSpecials', { id: id('Alpha'), show: false });
    expect(await dispatch(handlers, 'missing.series', { id: id('Alpha') })).toMatchObject({ ok: true, value: { specialsShown: false } });
    expect(await dispatch(handlers, 'missing.setShowSpecials', { id: id('Alpha'), show: null })).toMatchObject({ ok: true, value: { specialsShown: true } });
    expect(await dispatch(handlers, 'missing.setGlobalShowSpecials', { show: 'yes' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  } finally {
    await core.close();
  }
});
