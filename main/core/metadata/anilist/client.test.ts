import { expect, test } from 'vitest';
import { AniListClient } from './client';
import { ProviderHttp } from '../http/provider-http';
import { clientsFor, startFakeProviders } from '../testing/providers';

test('one search request carries ids, titles, format, dates, relations and the NFO fields', async () => {
  const server = await startFakeProviders();
  const { anilist } = clientsFor(server);
  const [frieren] = await anilist.search('Sousou no Frieren');
  expect(server.requests).toHaveLength(1);
  expect(frieren).toMatchObject({
    id: 154587,
    idMal: 52991,
    title: { romaji: 'Sousou no Frieren', english: "Frieren: Beyond Journey's End", native: '葬送のフリーレン' },
    synonyms: ['Frieren'],
    format: 'TV',
    episodes: 28,
    status: 'FINISHED',
    startDate: { year: 2023 },
    studios: { nodes: [{ name: 'Madhouse' }] },
  });
  expect(frieren!.description).toContain('Frieren');
  expect(frieren!.relations.edges).toContainEqual(expect.objectContaining({ relationType: 'SEQUEL', node: expect.objectContaining({ id: 182255, format: 'TV' }) }));
});

test('a query over the complexity limit is split in two and the halves are merged', async () => {
  const server = await startFakeProviders({ rejectHeavyQueries: true });
  const { anilist } = clientsFor(server);
  const found = await anilist.search('Vinland Saga');
  expect(found.map((m) => m.id)).toEqual([101348, 136430]);
  expect(found[0]).toMatchObject({ studios: { nodes: [{ name: 'WIT STUDIO' }] }, relations: { edges: [expect.objectContaining({ relationType: 'SEQUEL' })] } });
  expect(found[0]!.genres.length).toBeGreaterThan(0);
  // The refused full query, then the light search, then the details of those ids.
  expect(server.requests.map((r) => r.status)).toEqual([400, 200, 200]);
  expect(server.requests[2]!.params).toMatchObject({ ids: [101348, 136430] });
});

test('an episode list comes with the cast; were that refused as too complex, the list comes without it', async () => {
  const withCast = clientsFor(await startFakeProviders()).anilist;
  const full = await withCast.episodes(154587);
  expect(full?.airingSchedule).toBeDefined();
  expect(full?.characters?.edges?.length).toBeGreaterThan(0);

  const server = await startFakeProviders({ rejectCastQueries: true });
  const refused = await clientsFor(server).anilist.episodes(154587);
  expect(refused).toMatchObject({ id: 154587 });
  expect(refused?.airingSchedule).toBeDefined();
  expect(refused?.characters).toBeUndefined();
  expect(server.requests.filter((r) => r.asks === 'episodes').map((r) => r.status)).toEqual([400, 200]);
});

test('a GraphQL errors array becomes one clear error; a missing id is null, not an error', async () => {
  const server = await startFakeProviders();
  const { anilist } = clientsFor(server);
  server.inject('anilist', { kind: 'graphql-errors', message: 'Validation error of type FieldUndefined: Field "foo" is undefined' });
  await expect(anilist.search('Toradora')).rejects.toMatchObject({ code: 'PROVIDER_QUERY_ERROR', message: expect.stringContaining('FieldUndefined') });
  expect(await anilist.byId(999_999_999)).toBeNull();
  expect((await anilist.byId(4224))?.title.romaji).toBe('Toradora!');
  expect((await anilist.byMalId(23273))?.id).toBe(20665);
});

test('the endpoint is the one given (ANISHELF_ANILIST_URL in the app), never the public one in tests', async () => {
  const server = await startFakeProviders();
  const client = new AniListClient({ http: new ProviderHttp({ label: 'AniList', perMinute: 60 }), url: server.anilistUrl });
  await client.search('Toradora');
  expect(server.requests).toHaveLength(1);
});
