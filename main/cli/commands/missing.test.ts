import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { buildAniListMedia } from '../../core/metadata/testing/build-anilist';
import { buildTmdbShows } from '../../core/metadata/testing/build-tmdb';
import type { FakeAniListMedia, FakeTmdbShow } from '../../core/metadata/testing/fake-episodes';
import { FakeProviderServer } from '../../core/metadata/testing/fake-provider-server';
import { testCore } from '../../core/testing/core';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { cli } from '../testing/run';

const NOW = Date.parse('2025-12-08T12:00:00Z');
const DAY = 86_400_000;
const SERIES = 200;
const pad = (n: number) => String(n).padStart(2, '0');
// Letters, not digits, in titles: a digit in a title next to the episode number reads as a range.
const alpha = (i: number) => String.fromCharCode(65 + Math.floor(i / 26) % 26) + String.fromCharCode(97 + (i % 26));
const day = (offsetDays: number) => new Date(NOW + offsetDays * DAY).toISOString().slice(0, 10);

/** One generated series: its files, its provider entry (served by the fake), and — from the generation rule alone — what is missing. */
interface Planned {
  folder: string;
  title: string;
  files: string[];
  anilist?: FakeAniListMedia;
  tmdb?: FakeTmdbShow;
  missing: Array<{ season: number; episode: number; title: string | null; aired: string | null }>;
  specials: Array<{ season: number; episode: number; title: string | null; aired: string | null }>;
}

function tmdbShow(id: number, name: string, seasons: Array<{ n: number; episodes: Array<{ e: number; date: string | null; name: string }> }>): FakeTmdbShow {
  const [show] = buildTmdbShows([{ id, name, year: 2023, seasons: [], ended: true }]);
  show!.details.seasons = seasons.map((s) => ({ id: id * 100 + s.n, season_number: s.n, episode_count: s.episodes.length, name: s.n === 0 ? 'Specials' : `Season ${s.n}`, air_date: s.episodes[0]?.date ?? null }));
  show!.details.number_of_episodes = seasons.reduce((n, s) => n + s.episodes.length, 0);
  show!.details.episode_run_time = [24];
  return { ...show!, episodes: Object.fromEntries(seasons.map((s) => [s.n, s.episodes.map((e) => ({ episode_number: e.e, name: e.name, air_date: e.date }))])) };
}

function aniListEntry(id: number, romaji: string, status: 'FINISHED' | 'RELEASING'): FakeAniListMedia {
  return buildAniListMedia([{ id, romaji, format: 'TV', eps: 12, year: 2024, status }])[0]!;
}

function plan(i: number): Planned {
  const title = `Show ${alpha(i)}`;
  const files: string[] = [];
  const missing: Planned['missing'] = [];
  const specials: Planned['specials'] = [];
  switch (i % 4) {
    case 0: {
      // TMDB, two finished seasons of 10, some files absent.
      const folder = `${title} [tmdbid-${80_000 + i}]`;
      const seasons = [1, 2].map((n) => ({ n, episodes: Array.from({ length: 10 }, (_, k) => ({ e: k + 1, date: day(-700 + n * 100 + k * 7), name: `S${n} Episode ${k + 1}` })) }));
      for (const s of seasons) for (const e of s.episodes) {
        if ((i + s.n * e.e) % 7 === 0) missing.push({ season: s.n, episode: e.e, title: e.name, aired: e.date });
        else files.push(`Season ${s.n}/${title} S${pad(s.n)}E${pad(e.e)}.mkv`);
      }
      return { folder, title, files, missing, specials, tmdb: tmdbShow(80_000 + i, title, seasons) };
    }
    case 1: {
      // AniList FINISHED, 12 episodes, absolute numbering, no dates.
      const folder = `${title} [anilistid-${30_000 + i}]`;
      for (let e = 1; e <= 12; e++) {
        if ((i + e) % 5 === 0) missing.push({ season: 1, episode: e, title: null, aired: null });
        else files.push(`[Grp] ${title} - ${pad(e)} [1080p].mkv`);
      }
      return { folder, title, files, missing, specials, anilist: aniListEntry(30_000 + i, title, 'FINISHED') };
    }
    case 2: {
      // AniList RELEASING: episode 8 airs in three days; 1–7 have aired.
      const folder = `${title} [anilistid-${30_000 + i}]`;
      for (let e = 1; e <= 7; e++) {
        if ((i + e) % 4 === 0) missing.push({ season: 1, episode: e, title: null, aired: null });
        else files.push(`${title} - ${pad(e)}.mkv`);
      }
      const at = (NOW + 3 * DAY) / 1000;
      const media = aniListEntry(30_000 + i, title, 'RELEASING');
      media.nextAiringEpisode = { episode: 8, airingAt: at, timeUntilAiring: 3 * 86_400 };
      media.airingSchedule = { nodes: [{ episode: 8, airingAt: at }, { episode: 9, airingAt: at + 7 * 86_400 }] };
      return { folder, title, files, missing, specials, anilist: media };
    }
    default: {
      // TMDB with two specials (none on disk) and an undated last episode.
      const folder = `${title} [tmdbid-${80_000 + i}]`;
      // Every third one has only TMDB's placeholder name, which is listed as no title.
      const s1 = { n: 1, episodes: Array.from({ length: 8 }, (_, k) => ({ e: k + 1, date: k === 7 ? null : day(-300 + k * 7), name: k % 3 === 0 ? `Episode ${k + 1}` : `Day ${k + 1}` })) };
      const s0 = { n: 0, episodes: [{ e: 1, date: day(-200), name: 'OVA' }, { e: 2, date: day(-100), name: 'Picture Drama' }] };
      for (const e of s1.episodes) {
        if (e.date !== null && (i + e.e) % 6 === 0) missing.push({ season: 1, episode: e.e, title: e.name.startsWith('Episode') ? null : e.name, aired: e.date });
        else if (e.date !== null) files.push(`${title} S01E${pad(e.e)}.mkv`);
      }
      for (const e of s0.episodes) specials.push({ season: 0, episode: e.e, title: e.name, aired: e.date });
      return { folder, title, files, missing, specials, tmdb: tmdbShow(80_000 + i, title, [s0, s1]) };
    }
  }
}

/**
 * The library on disk, its entries on the fake AniList and TMDB, and a real core that loads it:
 * scan, identification by the folders' id tags, then the network queue fetches every episode
 * list. Nothing is put into the database by hand.
 */
async function library(plans: readonly Planned[], options: { singleSeries?: boolean } = {}) {
  const lib = libraryDir();
  const dataDir = tempDir('anishelf-data-');
  writeTree(lib, Object.fromEntries(plans.flatMap((p) => p.files.map((f) => [`${p.folder}/${f}`, 'video']))));
  const server = await new FakeProviderServer({ anilist: plans.flatMap((p) => (p.anilist ? [p.anilist] : [])), tmdb: plans.flatMap((p) => (p.tmdb ? [p.tmdb] : [])), now: () => NOW }).start();
  onTestFinished(() => server.close());
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: 'key', ANISHELF_ANILIST_PER_MIN: '100000', ANISHELF_TMDB_PER_MIN: '100000' };
  const core = await testCore({ dataDir, env, now: () => new Date(NOW) });
  await core.addFolders(options.singleSeries ? [path.join(lib, plans[0]!.folder)] : [lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  await core.episodeLists.whenIdle();
  const titles = new Map<string, { id: number; title: string }>();
  for (const s of await core.listSeries()) titles.set(path.basename(s.path), { id: s.id, title: s.title });
  await core.close();
  return { lib, dataDir, plans, titles, server, env };
}

const lineKey = (r: { seriesId: number; season: number; episode: number; title: string | null; aired: string | null; state: string }) =>
  JSON.stringify([r.seriesId, r.season, r.episode, r.title, r.aired?.slice(0, 10) ?? null, r.state]);

describe('anishelf missing', () => {
  test('--json over a 200-series library prints exactly the aired episodes without a file, one JSON line each', async () => {
    const { dataDir, plans, titles, server } = await library(Array.from({ length: SERIES }, (_, i) => plan(i)));
    // Every series' list came over the wire: TMDB seasons (specials included) and AniList entries.
    expect(server.requests.filter((r) => /\/season\/0$/.test(r.path))).toHaveLength(SERIES / 4);
    const run = await cli(['missing', '--json', '--at', new Date(NOW).toISOString(), '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const line of lines) expect(Object.keys(line)).toEqual(['seriesId', 'series', 'season', 'episode', 'title', 'aired', 'state']);
    const expected = plans.flatMap((p) => p.missing.map((m) => ({ seriesId: titles.get(p.folder)!.id, ...m, state: 'missing' })));
    expect(expected.length).toBeGreaterThan(100);
    expect(lines.map(lineKey).sort()).toEqual(expected.map(lineKey).sort());
    for (const line of lines) expect(line.series).toBe([...titles.values()].find((t) => t.id === line.seriesId)!.title);
    expect(new Set(lines.map((l) => l.series))).toEqual(new Set(plans.filter((p) => p.missing.length > 0).map((p) => p.title)));

    // Specials join only when asked.
    const withSpecials = (await cli(['missing', '--json', '--specials', '--at', new Date(NOW).toISOString(), '--data-dir', dataDir])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const specials = plans.flatMap((p) => p.specials.map((m) => ({ seriesId: titles.get(p.folder)!.id, ...m, state: 'missing' })));
    expect(withSpecials.map(lineKey).sort()).toEqual([...expected, ...specials].map(lineKey).sort());
  }, 600_000);

  test('one series by path; --upcoming adds the next airings and TBA; the table for people; --refresh asks the provider again', async () => {
    const p = plan(2);
    const { lib, dataDir, titles, server, env } = await library([p], { singleSeries: true });
    const series = titles.get(p.folder)!;
    const at = ['--at', new Date(NOW).toISOString(), '--data-dir', dataDir];

    const upcoming = (await cli(['missing', path.join(lib, p.folder), '--json', '--upcoming', ...at])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(upcoming.map((r) => `${r.episode} ${r.state}`)).toEqual([...p.missing.map((m) => `${m.episode} missing`), '8 upcoming', '9 upcoming']);
    expect(upcoming.find((r) => r.episode === 8).aired).toBe(new Date(NOW + 3 * DAY).toISOString());

    // `show` names the cast its episode list brought (AniList's voice actors, the characters as roles).
    expect((await cli(['show', String(series.id), '--data-dir', dataDir])).stdout).toMatch(/\n  cast (.+) Seiyuu 1 \(\1 Hero\), \1 Seiyuu 2 \(\1 Rival\)\n/);

    const table = await cli(['missing', String(series.id), ...at]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^SERIES\s+EPISODE\s+AIRED\s+STATE\s+TITLE$/);
    expect(table.stdout.split('\n')[1]).toMatch(new RegExp(`^Show Ac\\s+S01E${pad(p.missing[0]!.episode)}\\s+-\\s+missing$`));

    const bad = await cli(['missing', '--at', 'yesterday-ish', '--data-dir', dataDir]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('--at takes a date');
    const before = server.requests.length;
    const refreshed = await cli(['missing', String(series.id), '--refresh', '--json', ...at], { env });
    expect(refreshed.stderr).toBe('');
    expect(server.requests.length).toBe(before + 1);
    expect(refreshed.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).episode)).toEqual(p.missing.map((m) => m.episode));
    expect((await cli(['missing', '--refresh', '--data-dir', dataDir])).stderr).toContain('--refresh fetches one series');

    const unknown = await cli(['missing', '99999', '--data-dir', dataDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no series with id 99999');
  });

  test('a series without an episode list is named as such: never counted as having nothing missing', async () => {
    // Its provider knows no such title, so it stays unmatched and has no list.
    const unknown: Planned = { folder: 'Nowhere Show', title: 'Nowhere Show', files: ['Nowhere Show - 01.mkv'], missing: [], specials: [] };
    const listed = plan(1);
    const { lib, dataDir } = await library([listed, unknown]);
    const at = ['--at', new Date(NOW).toISOString(), '--data-dir', dataDir];

    const table = await cli(['missing', ...at]);
    expect(table).toMatchObject({ code: 0, stderr: '' });
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('Show Ab '))).toHaveLength(listed.missing.length);
    expect(lines.at(-1)).toBe('1 series has no episode list yet (not identified), so its missing episodes are not known: Nowhere Show.');
    // JSON Lines stay one episode a line.
    expect((await cli(['missing', '--json', ...at])).stdout.trimEnd().split('\n')).toHaveLength(listed.missing.length);
    expect((await cli(['missing', path.join(lib, 'Nowhere Show'), ...at])).stdout).toMatch(/^Nowhere Show has no episode list yet, so no episode is known to be missing/);
  });

  test('a series identified by `anishelf identify` alone, whose list nothing has fetched yet, is said to be identified, with the command that fetches it', async () => {
    const p = plan(0);
    const lib = libraryDir();
    const dataDir = tempDir('anishelf-data-');
    writeTree(lib, Object.fromEntries(p.files.map((f) => [`${p.folder}/${f}`, 'video'])));
    const server = await new FakeProviderServer({ tmdb: [p.tmdb!], now: () => NOW }).start();
    onTestFinished(() => server.close());
    const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: 'key' };
    const folder = path.join(lib, p.folder);
    // Scanned with the providers off (as with no network), then identified on its own.
    expect((await cli(['add', folder, '--data-dir', dataDir], { env })).code).toBe(0);
    expect((await cli(['load', '--data-dir', dataDir], { env: { ...env, ANISHELF_PROVIDERS: 'off' } })).code).toBe(0);
    expect((await cli(['identify', folder, '--data-dir', dataDir], { env })).stdout).toContain(`matched · tmdb:${p.tmdb!.details.id}`);
    const at = ['--at', new Date(NOW).toISOString(), '--data-dir', dataDir];

    const before = await cli(['missing', folder, ...at], { env });
    expect(before).toMatchObject({ code: 0, stderr: '' });
    expect(before.stdout).toBe(`${p.title} is identified, but its episode list has not been fetched yet, so no episode is known to be missing: \`anishelf missing --refresh 1\` fetches it now.\n`);
    const fetched = await cli(['missing', '1', '--refresh', '--json', ...at], { env });
    expect(fetched.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).episode)).toEqual(p.missing.map((m) => m.episode));
  });
});
