import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { startFakeProviders } from '../metadata/testing/providers';
import { dispatch } from '../rpc/dispatch';
import { createHandlers } from '../rpc/handlers';
import { seriesFiles, testCore, type TestCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';

// The grid's selection acts through three calls: each takes the ids, leaves out those no longer
// in the library, and touches nothing outside the selection.

async function loaded(env: Record<string, string> = {}, now?: () => Date) {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Cowboy Bebop': 2, 'Space Dandy': 2, Planetes: 2, 'Sousou no Frieren': 2 }));
  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'off', ...env }, ...(now ? { now } : {}) });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  const ids = new Map((await core.listSeries()).map((s) => [path.basename(s.path), s.id]));
  const call = (method: string, args: unknown) => dispatch(createHandlers(core, { mode: 'web', version: 'test' }), method, args);
  return { lib, core, ids: (name: string) => ids.get(name)!, call };
}

async function statuses(core: TestCore): Promise<Record<string, string>> {
  return Object.fromEntries((await core.listSeries()).map((s) => [path.basename(s.path), s.loadingStatus]));
}

test('reloading a selection queues a fresh load of those series only, and leaves out an id that is gone', async () => {
  const { core, ids, call } = await loaded();
  await core.pauseLoader();
  const reply = await call('series.reloadMany', { ids: [ids('Space Dandy'), ids('Planetes'), 999_999] });
  expect(reply).toEqual({ ok: true, value: { reloaded: [ids('Space Dandy'), ids('Planetes')].sort((a, b) => a - b) } });
  expect(await statuses(core)).toEqual({ 'Cowboy Bebop': 'completed', 'Space Dandy': 'pending', Planetes: 'pending', 'Sousou no Frieren': 'completed' });
  await core.resumeLoader();
  await core.whenLoaderIdle();
  expect(Object.values(await statuses(core))).toEqual(['completed', 'completed', 'completed', 'completed']);
  await core.close();
});

test('removing a selection takes those series out of the library, keeps every file, and keeps them out of a rescan', async () => {
  const { lib, core, ids, call } = await loaded();
  const before = fs.readdirSync(path.join(lib, 'Planetes')).sort();
  // In the order given, each once.
  const reply = await call('series.removeMany', { ids: [ids('Planetes'), ids('Cowboy Bebop'), ids('Planetes'), 999_999] });
  expect(reply).toEqual({ ok: true, value: { removed: [ids('Planetes'), ids('Cowboy Bebop')] } });
  expect((await core.listSeries()).map((s) => path.basename(s.path)).sort()).toEqual(['Sousou no Frieren', 'Space Dandy']);
  expect(fs.readdirSync(path.join(lib, 'Planetes')).sort()).toEqual(before);
  const [root] = await core.roots.list();
  await core.roots.rescan(root!.id);
  expect((await core.listSeries()).map((s) => path.basename(s.path)).sort()).toEqual(['Sousou no Frieren', 'Space Dandy']);
  await core.close();
});

test('"Refresh from provider" for a selection asks only for its matched series', async () => {
  const server = await startFakeProviders();
  const { core, ids, call } = await loaded({ ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' });
  await core.identifyQueue.whenIdle();
  const matched = (await core.listSeries()).filter((s) => s.matchState === 'matched').map((s) => path.basename(s.path));
  expect(matched).toContain('Sousou no Frieren');
  expect(matched).toContain('Cowboy Bebop');
  await core.pauseLoader();
  // Of the three chosen, the two matched ones are asked for; the rest of the library is not.
  const chosen = [ids('Sousou no Frieren'), ids('Cowboy Bebop'), 999_999];
  expect(await call('series.refreshManyFromProvider', { ids: chosen })).toEqual({ ok: true, value: { asked: 2 } });
  const asked = (await core.db.selectFrom('matches').select('series_id').where('refresh_asked_at', 'is not', null).execute()).map((r) => r.series_id);
  expect(asked.sort()).toEqual([ids('Sousou no Frieren'), ids('Cowboy Bebop')].sort());
  await core.close();
});

test('"Refresh episode lists" for a selection asks the provider again for the lists of those series only, at the queue\'s pace', async () => {
  let nowMs = Date.parse('2026-12-01T10:00:00Z');
  const server = await startFakeProviders();
  const { core, ids, call } = await loaded({ ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' }, () => new Date(nowMs));
  await core.identifyQueue.whenIdle();
  await core.episodeLists.whenIdle();
  const lists = () => core.db.selectFrom('provider_lists').select(['series_id', 'fetched_at_ms']).execute();
  const before = new Map((await lists()).map((l) => [l.series_id, l.fetched_at_ms]));
  expect(before.has(ids('Sousou no Frieren'))).toBe(true);
  expect(before.has(ids('Cowboy Bebop'))).toBe(true);
  const episodeAsks = () => server.requests.filter((r) => r.asks === 'episodes').map((r) => r.params.id);
  const asked = episodeAsks().length;

  nowMs += 60_000;
  // Frieren holds a list; Planetes, which the local AniList does not know, is matched to nothing and holds none.
  expect(before.has(ids('Planetes'))).toBe(false);
  expect(await call('series.refreshEpisodeListsMany', { ids: [ids('Sousou no Frieren'), ids('Planetes')] })).toEqual({ ok: true, value: { asked: 1 } });
  await core.episodeLists.whenIdle();
  const after = new Map((await lists()).map((l) => [l.series_id, l.fetched_at_ms]));
  expect(after.get(ids('Sousou no Frieren'))).toBe(nowMs);
  expect(after.get(ids('Cowboy Bebop'))).toBe(before.get(ids('Cowboy Bebop')));
  expect(episodeAsks().length).toBeGreaterThan(asked);
  await core.close();
});

test('a selection call with no ids, a bad id or too many ids is refused before anything is done', async () => {
  const { core, call } = await loaded();
  for (const args of [{ ids: [] }, { ids: [0] }, { ids: ['1'] }, { ids: [1], extra: true }, { ids: Array.from({ length: 100_001 }, (_, i) => i + 1) }]) {
    expect(await call('series.removeMany', args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  }
  expect((await core.listSeries()).length).toBe(4);
  await core.close();
});
