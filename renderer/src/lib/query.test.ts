import { describe, expect, test } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { compareFor, DEFAULT_QUERY, matchesQuery, mergeIds, reconcileView } from './query';

let nextId = 1;
const s = (over: Partial<SeriesSummary>): SeriesSummary => ({
  id: nextId++, rootId: 1, path: `/anime/${over.title ?? 'x'}`, title: 'x', year: null, videoCount: 1, hasNfo: true, hasPoster: true, hasLogo: true, hasFanart: true,
  state: 'present', loadingStatus: 'completed', loadingStage: null, loadingError: null, progress: 1, addedAt: '2026-01-01T00:00:00.000Z', ...over,
});

describe('view query', () => {
  test('search matches title or folder name, case-insensitively', () => {
    const bebop = s({ title: 'Cowboy Bebop', path: '/anime/[Group] Cowboy Bebop (1998)' });
    expect(matchesQuery(bebop, { ...DEFAULT_QUERY, search: 'bebop' })).toBe(true);
    expect(matchesQuery(bebop, { ...DEFAULT_QUERY, search: 'group' })).toBe(true);
    expect(matchesQuery(bebop, { ...DEFAULT_QUERY, search: 'anime' })).toBe(false);
  });

  test('search folds as the core does: accents, width, punctuation and word order do not count', () => {
    const pokemon = s({ title: 'Pokémon Horizons', path: `/anime/${'Pokémon Horizons'.normalize('NFD')}` });
    const kaguya = s({ title: 'Kaguya-sama wa Kokurasetai' });
    const search = (text: string) => ({ ...DEFAULT_QUERY, search: text });
    expect(matchesQuery(pokemon, search('pokemon'))).toBe(true);
    expect(matchesQuery(pokemon, search('POKÉMON'))).toBe(true);
    expect(matchesQuery(kaguya, search('sama kaguya'))).toBe(true);
    expect(matchesQuery(kaguya, search('ｋａｇｕｙａ'))).toBe(true);
    expect(matchesQuery(kaguya, search('kaguya frieren'))).toBe(false);
    expect(matchesQuery(s({ title: 'Bravo 100%' }), search('%'))).toBe(true);
    expect(matchesQuery(kaguya, search('%'))).toBe(false);
  });

  test('a series the core found by a title the window does not hold stays while it changes', () => {
    // Found by its English title, which only the core holds; then its load finishes.
    const titan = s({ title: 'Shingeki no Kyojin', loadingStatus: 'loading' });
    const q = { ...DEFAULT_QUERY, search: 'attack on titan' };
    const done = { ...titan, loadingStatus: 'completed' as const };
    expect(reconcileView([titan.id], [done], () => done, q)).toEqual([titan.id]);
    // A new series the window cannot tell about is not added to the search's results.
    const other = s({ title: 'Shingeki no Kyojin Season 2' });
    expect(reconcileView([titan.id], [other], (id) => (id === other.id ? other : done), q)).toEqual([titan.id]);
    // The filter still decides for a shown series.
    const failed = { ...titan, loadingStatus: 'failed' as const };
    expect(reconcileView([titan.id], [failed], () => failed, { ...q, filter: 'loading' })).toEqual([]);
  });

  test('filters mirror the core', () => {
    const q = (filter: typeof DEFAULT_QUERY.filter) => ({ ...DEFAULT_QUERY, filter });
    expect(matchesQuery(s({ loadingStatus: 'pending' }), q('loading'))).toBe(true);
    expect(matchesQuery(s({ loadingStatus: 'completed' }), q('loading'))).toBe(false);
    expect(matchesQuery(s({ loadingStatus: 'failed' }), q('failed'))).toBe(true);
    expect(matchesQuery(s({ hasLogo: false }), q('missing-artwork'))).toBe(true);
    expect(matchesQuery(s({}), q('missing-artwork'))).toBe(false);
    expect(matchesQuery(s({ hasNfo: false }), q('missing-nfo'))).toBe(true);
    expect(matchesQuery(s({ state: 'missing' }), q('offline'))).toBe(true);
    expect(matchesQuery(s({ state: 'offline', loadingStatus: 'failed' }), q('failed'))).toBe(false);
    expect(matchesQuery(s({ brokenArtwork: ['poster'] }), q('missing-artwork'))).toBe(true);
  });

  test('filters follow live state: a series that stops matching leaves, one that starts matching comes in', () => {
    const all = new Map<number, SeriesSummary>();
    const add = (x: SeriesSummary) => (all.set(x.id, x), x);
    const a = add(s({ title: 'A', loadingStatus: 'failed' }));
    const b = add(s({ title: 'B', loadingStatus: 'failed' }));
    const c = add(s({ title: 'C', loadingStatus: 'loading' }));
    const q = { ...DEFAULT_QUERY, filter: 'failed' as const };
    const view = [a.id, b.id];
    const aReady = add({ ...a, loadingStatus: 'completed' });
    const cFailed = add({ ...c, loadingStatus: 'failed' });
    expect(reconcileView(view, [aReady, cFailed], (id) => all.get(id), q)).toEqual([b.id, c.id]);
    expect(reconcileView(view, [b], (id) => all.get(id), q)).toBe(view);
  });

  test('the missing-episode views keep what the core listed: an event neither drops a shown series nor adds one', () => {
    const all = new Map<number, SeriesSummary>();
    const add = (x: SeriesSummary) => (all.set(x.id, x), x);
    const a = add(s({ title: 'A' }));
    const b = add(s({ title: 'B' }));
    for (const filter of ['missing-episodes', 'airing'] as const) {
      const q = { ...DEFAULT_QUERY, filter };
      expect(reconcileView([a.id], [a, b], (id) => all.get(id), q)).toEqual([a.id]);
    }
  });

  test('new ids merge into place; existing ones do not move', () => {
    const all = new Map<number, SeriesSummary>();
    const add = (x: SeriesSummary) => (all.set(x.id, x), x.id);
    const view = [add(s({ title: 'Bravo' })), add(s({ title: 'Delta' })), add(s({ title: 'Alpha-out-of-order' }))];
    const incoming = [add(s({ title: 'Echo' })), add(s({ title: 'Charlie' })), add(s({ title: 'Able' }))];
    const merged = mergeIds(view, incoming, (id) => all.get(id), compareFor('title'));
    expect(merged.map((id) => all.get(id)!.title)).toEqual(['Able', 'Bravo', 'Charlie', 'Delta', 'Alpha-out-of-order', 'Echo']);
  });

  test('new series are placed as the core sorts titles: no leading article, accents folded, numbers in order', () => {
    const all = new Map<number, SeriesSummary>();
    const add = (x: SeriesSummary) => (all.set(x.id, x), x.id);
    const view = [add(s({ title: 'Attack on Titan' })), add(s({ title: 'Eden' })), add(s({ title: 'Title 2' }))];
    const incoming = [add(s({ title: 'Title 10' })), add(s({ title: 'The Apothecary Diaries' })), add(s({ title: 'Été Éternel' }))];
    const merged = mergeIds(view, incoming, (id) => all.get(id), compareFor('title'));
    expect(merged.map((id) => all.get(id)!.title)).toEqual(['The Apothecary Diaries', 'Attack on Titan', 'Eden', 'Été Éternel', 'Title 2', 'Title 10']);
  });

  test('status sort puts problems first', () => {
    const list = [s({ title: 'b', loadingStatus: 'completed' }), s({ title: 'a', loadingStatus: 'failed' }), s({ title: 'c', loadingStatus: 'pending' })];
    expect(list.sort(compareFor('status')).map((x) => x.title)).toEqual(['a', 'c', 'b']);
  });
});
