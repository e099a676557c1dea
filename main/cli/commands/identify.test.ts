import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { startFakeProviders } from '../../core/metadata/testing/providers';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { cli } from '../testing/run';

const KEY = '0123456789abcdef0123456789abcdef';

async function setup() {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const files: Record<string, string> = {};
  for (let e = 1; e <= 12; e++) files[`[SubsPlease] Spy x Family (01-12) (1080p)/Spy x Family - ${String(e).padStart(2, '0')}.mkv`] = 'v';
  for (let e = 1; e <= 3; e++) files[`Doctor Who/Doctor Who - ${String(e).padStart(2, '0')}.mkv`] = 'v';
  writeTree(lib, files);
  const dataDir = tempDir('anishelf-data-');
  const env = { ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  const d = ['--data-dir', dataDir];
  // --wait returns once identification settled too: every series has its match state.
  const added = await cli(['add', lib, '--wait', '--json', ...d], { env });
  expect(added.code).toBe(0);
  const states = Object.fromEntries(added.json().added.map((s: { path: string; matchState: string }) => [path.basename(s.path), s.matchState]));
  expect(states).toEqual({ '[SubsPlease] Spy x Family (01-12) (1080p)': 'matched', 'Doctor Who': 'unmatched' });
  return { server, lib, env, d };
}

test('add --wait identifies too; identify prints the candidates and --json gives the match shape; --pick locks a choice', async () => {
  const { lib, env, d } = await setup();
  const folder = path.join(lib, '[SubsPlease] Spy x Family (01-12) (1080p)');
  const show = (await cli(['show', folder, '--json', ...d], { env })).json();
  expect(show.match).toMatchObject({ state: 'matched', provider: 'anilist', id: '140960', source: 'search' });
  for (const c of show.match.candidates) expect(Object.keys(c)).toEqual(expect.arrayContaining(['provider', 'id', 'title', 'year', 'format', 'episodes', 'score']));
  expect(show.hasNfo).toBe(true);

  // `show` says the match, as the detail panel does.
  expect((await cli(['show', folder, ...d], { env })).stdout).toMatch(/\n  match matched · anilist:140960 · score \d\.\d\d · by search\n/);

  const run = await cli(['identify', folder, '--json', ...d], { env });
  expect(run.code).toBe(0);
  const match = run.json();
  expect(Object.keys(match)).toEqual(expect.arrayContaining(['state', 'provider', 'id', 'score', 'source', 'candidates']));
  // The NFO written after the first identification carries the id, which finds the same entry:
  // the match still says how it was found first.
  expect(match).toMatchObject({ state: 'matched', provider: 'anilist', id: '140960', source: 'search', score: show.match.score });

  const text = await cli(['identify', folder, ...d], { env });
  expect(text.stdout).toMatch(/matched · anilist:140960 · score \d\.\d\d · by search/);
  expect(text.stdout).toMatch(/SCORE\s+ENTRY\s+TITLE/);

  const picked = await cli(['identify', folder, '--pick', 'https://anilist.co/anime/142838/SPYxFAMILY-Part-2', '--json', ...d], { env });
  expect(picked.json()).toMatchObject({ state: 'matched', id: '142838', source: 'user', locked: true });
  expect((await cli(['identify', folder, '--json', ...d], { env })).json()).toMatchObject({ id: '142838', source: 'user' });

  const bad = await cli(['identify', folder, '--pick', 'spy family', ...d], { env });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/^anishelf: "spy family" names no entry/);
});

test('config stores the TMDB key in the data dir and never prints it in full; a TV show then matches on TMDB', async () => {
  const { lib, env, d } = await setup();
  const folder = path.join(lib, 'Doctor Who');
  expect((await cli(['identify', folder, '--json', ...d], { env })).json()).toMatchObject({ state: 'unmatched' });
  // Nothing found for the folder: the way on is a search by another title, then a pick.
  expect((await cli(['identify', folder, ...d], { env })).stdout).toBe('Doctor Who\n  unmatched: no entry found for its folder\'s title; look one up with --search "<another title>"\n');
  const search = await cli(['identify', folder, '--search', 'Spy x Family', ...d], { env });
  expect(search.stdout).toMatch(/^\nSCORE +ENTRY +TITLE +YEAR +FORMAT +EPISODES\n\d\.\d\d +anilist:140960 +/);
  expect(search.stdout).toMatch(/\nLock one with `anishelf identify \d+ --pick <entry>`\.\n$/);
  expect((await cli(['identify', folder, '--search', 'Spy x Family', '--json', ...d], { env })).json()).toEqual(expect.arrayContaining([expect.objectContaining({ provider: 'anilist', id: '140960' })]));
  expect((await cli(['identify', folder, '--search', 'Qqqzzx Vvvwww', ...d], { env })).stdout).toBe('Nothing found for "Qqqzzx Vvvwww"; try another spelling or the title in another language.\n');
  const both = await cli(['identify', folder, '--search', 'Spy', '--pick', 'anilist:140960', ...d], { env });
  expect([both.code, both.stderr]).toEqual([2, 'anishelf: Give --search or --pick, not both: search first, then pick one of its entries.\n']);
  // The search changed nothing.
  expect((await cli(['show', folder, '--json', ...d], { env })).json().match).toMatchObject({ state: 'unmatched' });
  const set = await cli(['config', 'set', 'tmdb-key', KEY, ...d], { env });
  expect(set.code).toBe(0);
  expect(set.stdout).toBe('tmdb-key = set\n');
  const all = await cli(['config', 'get', '--json', ...d], { env });
  expect(all.json()).toEqual({ 'tmdb-key': 'set', 'title-language': 'romaji', 'rating-country': expect.stringMatching(/^[A-Z]{2} \(from the system\)$/), anilist: 'on', tmdb: 'on', workers: 5, 'episode-nfos': 'on' });
  expect(all.stdout).not.toContain(KEY.slice(-4));
  expect((await cli(['config', 'set', 'episode-nfos', 'off', ...d], { env })).stdout).toBe('episode-nfos = off\n');
  expect((await cli(['config', 'set', 'rating-country', 'jp', ...d], { env })).stdout).toBe('rating-country = JP\n');
  expect((await cli(['config', 'set', 'rating-country', 'Japan', ...d], { env })).stderr).toMatch(/two-letter country code/);
  // Two Doctor Who shows, 1963 and 2005, with the same title: review, never a guess.
  const review = (await cli(['identify', folder, '--json', ...d], { env })).json();
  expect(review).toMatchObject({ state: 'needs_review' });
  expect(review.candidates.map((c: { id: string }) => c.id).sort()).toEqual(['121', '57243']);
  expect((await cli(['config', 'set', 'title-language', 'klingon', ...d], { env })).code).toBe(2);
  expect((await cli(['config', 'set', 'tmdb-key', 'nope', ...d], { env })).stderr).toMatch(/neither a TMDB API key/);
  expect((await cli(['config', 'set', 'workers', '3', ...d], { env })).stdout).toBe('workers = 3\n');
  // A name that is not a setting (the help's "providers" are two: anilist and tmdb) says which are.
  const unknown = await cli(['config', 'set', 'providers', 'off', ...d], { env });
  expect([unknown.code, unknown.stderr]).toEqual([2, 'anishelf: There is no setting "providers"; the settings are tmdb-key, title-language, rating-country, anilist, tmdb, workers, episode-nfos.\n']);
  expect((await cli(['config', 'get', 'providers', ...d], { env })).stderr).toBe(unknown.stderr);
  // One pause for both queues, and `status` says so.
  expect((await cli(['pause', ...d], { env })).code).toBe(0);
  const paused = await cli(['status', ...d], { env });
  expect(paused.stdout).toMatch(/^Loader: paused/m);
  expect(paused.stdout).toMatch(/^Identification: paused \(with the loader\) · 2 of 2 identified · AniList 600\/min · TMDB 120\/min$/m);
  expect((await cli(['status', '--json', ...d], { env })).json().network).toMatchObject({ paused: true, total: 2, identified: 2 });
  expect((await cli(['resume', ...d], { env })).code).toBe(0);
  expect((await cli(['status', ...d], { env })).stdout).toMatch(/^Identification: ready · 2 of 2 identified/m);
});

test('identify --all --refresh rewrites every matched tvshow.nfo in the title language set now; status counts what is left', async () => {
  const { server, lib, env, d } = await setup();
  const folder = path.join(lib, '[SubsPlease] Spy x Family (01-12) (1080p)');
  const nfo = () => fs.readFileSync(path.join(folder, 'tvshow.nfo'), 'utf8');
  expect(nfo()).toContain('<title>SPY×FAMILY</title>');
  expect((await cli(['config', 'set', 'title-language', 'english', ...d], { env })).code).toBe(0);

  // Paused, the refresh is asked for and waits; `status` says how many are left.
  expect((await cli(['pause', ...d], { env })).code).toBe(0);
  const paused = await cli(['identify', '--all', '--refresh', ...d], { env });
  expect([paused.code, paused.stderr]).toEqual([2, 'anishelf: The loader is paused; run `anishelf resume` first. Queued series stay queued.\n']);
  expect((await cli(['status', ...d], { env })).stdout).toMatch(/^Identification: paused \(with the loader\) · 2 of 2 identified · 1 to refresh from their provider · AniList/m);
  expect((await cli(['resume', ...d], { env })).code).toBe(0);

  // Only the matched series is asked for (Doctor Who has no match), and its file is rewritten
  // from the cached entry: the title language needs no request.
  const before = server.requests.length;
  const run = await cli(['identify', '--all', '--refresh', '--json', ...d], { env });
  expect(run.code).toBe(0);
  expect(run.json()).toEqual({ asked: 1, refreshed: 1, waiting: 0 });
  expect(nfo()).toContain('<title>SPY x FAMILY</title>');
  expect(server.requests.slice(before)).toEqual([]);
  // One series' refresh, the user's own, asks AniList for the entry again.
  const one = await cli(['identify', folder, '--refresh', '--json', ...d], { env });
  expect(one.code).toBe(0);
  expect(server.requests.slice(before).map((r) => [r.target, r.asks, r.params.id])).toEqual([['anilist', 'media', 140960]]);
  expect((await cli(['status', ...d], { env })).stdout).toMatch(/^Identification: ready · 2 of 2 identified · AniList/m);
  expect((await cli(['identify', '--all', '--refresh', ...d], { env })).stdout).toBe('Refreshed 1 of 1 matched series from their providers.\n');
  expect(server.budgetRefusals).toBe(0);

  for (const args of [['identify', '--all'], ['identify', '1', '--all', '--refresh'], ['identify']]) {
    const bad = await cli([...args, ...d], { env });
    expect(bad.code, args.join(' ')).toBe(2);
    expect(bad.stderr, args.join(' ')).toMatch(/^anishelf: (--all goes with --refresh alone|Name a series)/);
  }
});
