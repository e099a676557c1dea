import { expect, test } from 'vitest';
import { CACHE_TTL } from './cache';
import { clientsFor, startFakeProviders } from './testing/providers';
import { testDatabase } from '../testing/database';
import { pruneCache } from '../db/repos/provider-cache';
import { sqliteResponseCache } from './sqlite-cache';

test('answers are served from SQLite until their time to live, searches a week, finished shows a month', async () => {
  const { db, close } = await testDatabase();
  let now = Date.UTC(2026, 0, 1);
  const cache = sqliteResponseCache(db, () => now);
  const server = await startFakeProviders();
  const { anilist } = clientsFor(server, { cache });

  await anilist.search('Toradora');
  await anilist.search('toradora ');
  expect(server.requests).toHaveLength(1);
  await anilist.byId(4224); // came with the search: FINISHED, kept a month
  await anilist.byId(21); // RELEASING: a day
  expect(server.requests).toHaveLength(2);
  const rows = await db.selectFrom('provider_cache').select(['key', 'fetched_at_ms', 'expires_at_ms']).orderBy('key').execute();
  expect(rows.map((r) => [r.key, r.expires_at_ms - r.fetched_at_ms])).toEqual([
    ['media:21', CACHE_TTL.airing],
    ['media:4224', CACHE_TTL.finished],
    ['search:toradora', CACHE_TTL.search],
  ]);

  now += CACHE_TTL.airing + 1;
  await anilist.byId(21);
  await anilist.byId(4224);
  expect(server.requests).toHaveLength(3); // only the airing show was asked again
  now += CACHE_TTL.search;
  expect(await pruneCache(db, now)).toBe(2);
  await close();
});

test('errors, rate-limit and ban bodies are never cached', async () => {
  const { db, close } = await testDatabase();
  const cache = sqliteResponseCache(db);
  const server = await startFakeProviders();
  const { anilist } = clientsFor(server, { cache });
  server.inject('anilist', { kind: 'graphql-errors', message: 'Your IP has been banned.', status: 403 });
  await expect(anilist.search('Toradora')).rejects.toMatchObject({ code: 'PROVIDER_QUERY_ERROR' });
  expect(await db.selectFrom('provider_cache').selectAll().execute()).toEqual([]);
  expect((await anilist.search('Toradora'))[0]?.id).toBe(4224);
  expect(await db.selectFrom('provider_cache').select('key').orderBy('key').execute()).toEqual([{ key: 'media:4224' }, { key: 'search:toradora' }]);
  await close();
});
