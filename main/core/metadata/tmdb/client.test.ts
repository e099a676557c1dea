import { expect, test } from 'vitest';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { TMDB_IMAGE_BASE, tmdbAuth } from './client';

const V3_KEY = '0123456789abcdef0123456789abcdef';
const V4_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIwMTIzIn0.c2lnbmF0dXJl';

test('a v3 key goes in api_key, a v4 read token in a bearer header', () => {
  expect(tmdbAuth(V3_KEY)).toEqual({ params: { api_key: V3_KEY }, headers: {} });
  expect(tmdbAuth(` ${V4_TOKEN} `)).toEqual({ params: {}, headers: { authorization: `Bearer ${V4_TOKEN}` } });
});

test('search/tv tries first_air_date_year, then again without it', async () => {
  const server = await startFakeProviders({ tmdbKey: V3_KEY });
  const { tmdb } = clientsFor(server, { tmdbKey: V3_KEY });
  expect((await tmdb.searchTv('The Office', 2001)).map((r) => r.id)).toEqual([2996]);
  // Wrong year: nothing with it, so the year is dropped.
  expect((await tmdb.searchTv('Breaking Bad', 2019)).map((r) => r.id)).toEqual([1396]);
  expect(server.requests.map((r) => r.params.first_air_date_year ?? null)).toEqual(['2001', '2019', null]);
  // The key is sent but never recorded with the parameters (nor put in any error message).
  expect(JSON.stringify(server.requests)).not.toContain(V3_KEY);
});

test('tv/{id} appends external_ids and images in the UI language, null and en; /configuration gives the image base', async () => {
  const server = await startFakeProviders({ tmdbKey: V4_TOKEN });
  const { tmdb } = clientsFor(server, { tmdbKey: V4_TOKEN });
  const show = await tmdb.tv(1396);
  expect(show).toMatchObject({ id: 1396, name: 'Breaking Bad', status: 'Ended', number_of_seasons: 5, external_ids: { imdb_id: 'tt0903747', tvdb_id: 81189 } });
  expect(show!.images!.posters.length).toBeGreaterThan(0);
  expect(server.requests[0]!.params).toMatchObject({ append_to_response: 'external_ids,images,aggregate_credits,content_ratings', include_image_language: 'en,null,en' });
  expect(await tmdb.imageBase()).toBe(`${server.imagesUrl}/tmdb/t/p/`);
  expect(await tmdb.tv(424242)).toBeNull();
});

test("posters take /configuration's image base, asked once per client; TMDB's default when it cannot be read", async () => {
  const server = await startFakeProviders({ tmdbKey: V3_KEY });
  const configurations = () => server.requests.filter((r) => r.target === 'tmdb' && r.path.endsWith('/configuration')).length;
  const { tmdb } = clientsFor(server, { tmdbKey: V3_KEY });
  expect(await tmdb.posterBase()).toBe(`${server.imagesUrl}/tmdb/t/p/`);
  expect(await tmdb.posterBase()).toBe(`${server.imagesUrl}/tmdb/t/p/`);
  expect(configurations()).toBe(1);

  // A broken /configuration answer costs a poster its mirror, not the search that wanted it.
  const { tmdb: another } = clientsFor(server, { tmdbKey: V3_KEY });
  server.inject('tmdb', { kind: 'status', status: 404 });
  expect(await another.posterBase()).toBe(TMDB_IMAGE_BASE);
  expect(configurations()).toBe(2);
});

test('a refused key is PROVIDER_AUTH and the key is not in the message', async () => {
  const server = await startFakeProviders({ tmdbKey: V3_KEY });
  const { tmdb } = clientsFor(server, { tmdbKey: 'ffffffffffffffffffffffffffffffff' });
  const err = (await tmdb.searchTv('Dark', null).catch((e: unknown) => e)) as Error & { code: string };
  expect(err.code).toBe('PROVIDER_AUTH');
  expect(err.message).not.toContain('ffffffff');
});
