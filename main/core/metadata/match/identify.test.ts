import { expect, test } from 'vitest';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { decide } from './decide';
import { folderQuery } from './folder-query';
import { identify } from './identify';
import { splitSeason } from './title-parts';

test('evidence order: NFO ids beat folder ids, which beat a search; the source says which decided', async () => {
  const server = await startFakeProviders();
  const providers = clientsFor(server);
  const nfo = await identify(providers, { folderName: 'Vinland Saga [anilistid-136430]', nfoIds: { anilist: '101348' }, videoCount: 24 });
  expect(nfo).toMatchObject({ state: 'matched', provider: 'anilist', id: '101348', source: 'nfo', score: 1, crossIds: { mal: '37521' } });
  const folder = await identify(providers, { folderName: 'Vinland Saga [anilistid-136430]', nfoIds: { tvdb: '359274' }, videoCount: 24 });
  expect(folder).toMatchObject({ id: '136430', source: 'folder', crossIds: { mal: '49387' } });
  const mal = await identify(providers, { folderName: 'whatever', nfoIds: { mal: '52991' }, videoCount: 0 });
  expect(mal).toMatchObject({ provider: 'anilist', id: '154587', source: 'nfo' });
  const tmdb = await identify(providers, { folderName: 'Breaking Bad', nfoIds: { tmdb: '1396' }, videoCount: 62 });
  expect(tmdb).toMatchObject({ provider: 'tmdb', id: '1396', source: 'nfo', crossIds: { imdb: 'tt0903747', tvdb: '81189' } });
  const search = await identify(providers, { folderName: '[SubsPlease] Vinland Saga S2 (01-24) (1080p)', nfoIds: {}, videoCount: 24 });
  expect(search).toMatchObject({ state: 'matched', id: '136430', source: 'search' });
  expect(search.candidates[0]).toMatchObject({ provider: 'anilist', id: '136430', title: 'Vinland Saga Season 2', year: 2023, format: 'TV', episodes: 24 });
});

test('an id the provider does not know falls through to the next evidence', async () => {
  const server = await startFakeProviders();
  const providers = clientsFor(server);
  const result = await identify(providers, { folderName: 'Toradora!', nfoIds: { anilist: '999999999' }, videoCount: 25 });
  expect(result).toMatchObject({ state: 'matched', id: '4224', source: 'search' });
});

test('without a TMDB key a TMDB id from the NFO is still taken; a live-action show is not forced onto an anime', async () => {
  const server = await startFakeProviders();
  const { anilist } = clientsFor(server);
  expect(await identify({ anilist, tmdb: null }, { folderName: 'Dark', nfoIds: { tmdb: '70523' }, videoCount: 26 })).toMatchObject({ state: 'matched', provider: 'tmdb', id: '70523', tmdb: null });
  expect(await identify({ anilist, tmdb: null }, { folderName: 'Breaking Bad (2008)', nfoIds: {}, videoCount: 62 })).toMatchObject({ state: 'unmatched', candidates: [] });
});

test("a folder that spells the show's own title is that show, with a few episodes beside a spin-off that starts with it", async () => {
  const server = await startFakeProviders();
  const providers = clientsFor(server);
  // Four files of a long show being collected: the 4-episode ONA and the 3-episode OVA fit
  // the count better and their titles begin with the folder's, but only the show is spelled so.
  expect(await identify(providers, { folderName: 'Sousou no Frieren', nfoIds: {}, videoCount: 4 })).toMatchObject({ state: 'matched', id: '154587' });
  expect(await identify(providers, { folderName: 'Shingeki no Kyojin', nfoIds: {}, videoCount: 4 })).toMatchObject({ state: 'matched', id: '16498' });
  // The spin-offs named as such are still theirs.
  expect(await identify(providers, { folderName: 'Shingeki no Kyojin OVA', nfoIds: {}, videoCount: 3 })).toMatchObject({ state: 'matched', id: '18397' });
});

test.each([
  // The part asked for weighs as a season does: the first season's own title is not part 2.
  ['Mushoku Tensei Part 2', '127720'],
  // The second season's part 2 holds the same words but for its "Season 2": not asked for here.
  ['Mushoku Tensei Jobless Reincarnation Part 2', '127720'],
  ['Mushoku Tensei Season 2 Part 2', '166873'],
  // An arc's own words, and a film's, beside the franchise's title.
  ['Demon Slayer Entertainment District Arc', '142329'],
  ['Demon Slayer Mugen Train (2020)', '112151'],
  // Spelled as the entry writes it, not as its sequel does.
  ['K-On!', '5680'],
  ["Gintama'", '9969'],
])('%s is matched to anilist:%s', async (folderName, id) => {
  const server = await startFakeProviders();
  const providers = clientsFor(server);
  const episodes: Record<string, number> = { '127720': 12, '166873': 12, '142329': 11, '112151': 1, '5680': 13, '9969': 51 };
  expect(await identify(providers, { folderName, nfoIds: {}, videoCount: episodes[id]! })).toMatchObject({ state: 'matched', provider: 'anilist', id });
});

test('TMDB entries tied on the title are told apart by their episode counts, fetched only for the tie', async () => {
  const server = await startFakeProviders();
  const providers = clientsFor(server);
  const detailsAsked = () => server.requests.filter((r) => r.target === 'tmdb' && /^\/tmdb\/3\/tv\/\d+$/.test(r.path)).map((r) => r.path);
  // 201 files: the 2005 show (201 episodes), not the 2001 one (12); their titles and spelling tie.
  const us = await identify(providers, { folderName: 'The Office', nfoIds: {}, videoCount: 201 });
  expect(us).toMatchObject({ state: 'matched', provider: 'tmdb', id: '2316' });
  expect(us.explanation).toContain('episodes +0.03');
  // Each asked for once: the match's own details are those fetched for the tie.
  expect(detailsAsked().sort()).toEqual(['/tmdb/3/tv/2316', '/tmdb/3/tv/2996']);
  // A count that fits both shows decides nothing: left for review.
  expect(await identify(providers, { folderName: 'The Office', nfoIds: {}, videoCount: 14 })).toMatchObject({ state: 'needs_review' });
  // A clear lead needs no details beyond the match's own.
  server.requests.length = 0;
  expect(await identify(providers, { folderName: 'The Office (2001)', nfoIds: {}, videoCount: 12 })).toMatchObject({ state: 'matched', id: '2996' });
  expect(detailsAsked()).toEqual(['/tmdb/3/tv/2996']);
});

test('two exact ties are never auto-accepted', () => {
  const tie = (id: string) => ({ candidate: { id } as never, score: 1, why: [] });
  expect(decide([tie('a'), tie('b')]).state).toBe('needs_review');
  expect(decide([tie('a')]).state).toBe('matched');
  expect(decide([{ ...tie('a'), score: 0.4 }]).state).toBe('unmatched');
});

test.each([
  ['Shingeki no Kyojin S3', { season: 3, part: null, base: 'Shingeki no Kyojin' }],
  ['Mushoku Tensei II Part 2', { season: 2, part: 2, base: 'Mushoku Tensei' }],
  ['葬送のフリーレン 第2期', { season: 2, part: null, base: '葬送のフリーレン' }],
  ['Haikyuu!! Second Season', { season: 2, part: null, base: 'Haikyuu!!' }],
  ['Re:Zero kara Hajimeru Isekai Seikatsu 2nd Season Part 2', { season: 2, part: 2, base: 'Re:Zero kara Hajimeru Isekai Seikatsu' }],
  ['無職転生Ⅱ ～異世界行ったら本気だす～', { season: 2, part: null, base: '無職転生 ~異世界行ったら本気だす' }],
  ['One Punch Man 2', { season: 2, part: null, base: 'One Punch Man' }],
  ['Code Geass: Hangyaku no Lelouch R2', { season: 2, part: null, base: 'Code Geass: Hangyaku no Lelouch' }],
  ['R-15', { season: null, part: null, base: 'R-15' }],
  ['Mob Psycho 100', { season: null, part: null, base: 'Mob Psycho 100' }],
  ['Steins;Gate 0', { season: null, part: null, base: 'Steins;Gate 0' }],
  ['Hunter x Hunter', { season: null, part: null, base: 'Hunter x Hunter' }],
])('season words in %s', (title, expected) => {
  expect(splitSeason(title)).toEqual(expected);
});

test('the search text drops release tags, ranges and season words, and keeps the hints apart', () => {
  expect(folderQuery('[Erai-raws] Sousou no Frieren Season 2 - 01~10 [1080p]')).toMatchObject({ search: 'Sousou no Frieren', season: 2, year: null });
  expect(folderQuery('Vinland.Saga.S02.1080p.WEB-DL')).toMatchObject({ search: 'Vinland Saga', season: 2 });
  expect(folderQuery('Breaking.Bad.S01-S05.1080p.BluRay.x264')).toMatchObject({ search: 'Breaking Bad', season: null });
  expect(folderQuery('SPYxFAMILY S02')).toMatchObject({ search: 'SPY x FAMILY', season: 2 });
  expect(folderQuery('Boxer x Ghost')).toMatchObject({ search: 'Boxer x Ghost' });
  expect(folderQuery('Cowboy Bebop (1998) (imdb-tt0213338) [tmdbid=30991]')).toMatchObject({ search: 'Cowboy Bebop', year: 1998, ids: { imdb: 'tt0213338', tmdb: '30991' } });
});
