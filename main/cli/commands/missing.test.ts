import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveEpisodeList } from '../../core/db/repos/provider-episodes';
import { aniListEpisodeList, type AniListMediaEpisodes } from '../../core/metadata/episode-list/anilist';
import { OWN_NUMBERING } from '../../core/metadata/episode-list/placement';
import { tmdbEpisodeList, type TmdbSeason, type TmdbShow } from '../../core/metadata/episode-list/tmdb';
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

/** One generated series: its files, its provider list, and — from the generation rule alone — what is missing. */
interface Planned {
  folder: string;
  files: string[];
  store(seriesId: number): { list: Parameters<typeof saveEpisodeList>[1]; episodes: Parameters<typeof saveEpisodeList>[2] };
  missing: Array<{ season: number; episode: number; title: string | null; aired: string | null }>;
  specials: Array<{ season: number; episode: number; title: string | null; aired: string | null }>;
}

function tmdbShape(id: number, seasons: Array<{ n: number; episodes: Array<{ e: number; date: string | null; name: string }> }>): { show: TmdbShow; seasons: TmdbSeason[] } {
  return {
    show: { id, status: 'Ended', number_of_episodes: seasons.reduce((n, s) => n + s.episodes.length, 0), episode_run_time: [24], next_episode_to_air: null, seasons: seasons.map((s) => ({ season_number: s.n, episode_count: s.episodes.length })) },
    seasons: seasons.map((s) => ({ season_number: s.n, episodes: s.episodes.map((e) => ({ episode_number: e.e, season_number: s.n, name: e.name, overview: '', air_date: e.date, runtime: 24, episode_type: 'standard', still_path: null })) })),
  };
}

function plan(i: number): Planned {
  const folder = `Show ${alpha(i)}`;
  const files: string[] = [];
  const missing: Planned['missing'] = [];
  const specials: Planned['specials'] = [];
  switch (i % 4) {
    case 0: {
      // TMDB, two finished seasons of 10, some files absent.
      const seasons = [1, 2].map((n) => ({ n, episodes: Array.from({ length: 10 }, (_, k) => ({ e: k + 1, date: day(-700 + n * 100 + k * 7), name: `S${n} Episode ${k + 1}` })) }));
      for (const s of seasons) for (const e of s.episodes) {
        if ((i + s.n * e.e) % 7 === 0) missing.push({ season: s.n, episode: e.e, title: e.name, aired: e.date });
        else files.push(`Season ${s.n}/${folder} S${pad(s.n)}E${pad(e.e)}.mkv`);
      }
      const shape = tmdbShape(80_000 + i, seasons);
      return { folder, files, missing, specials, store: (id) => tmdbEpisodeList(id, shape.show, shape.seasons, NOW) };
    }
    case 1: {
      // AniList FINISHED, 12 episodes, absolute numbering, no dates.
      for (let e = 1; e <= 12; e++) {
        if ((i + e) % 5 === 0) missing.push({ season: 1, episode: e, title: null, aired: null });
        else files.push(`[Grp] ${folder} - ${pad(e)} [1080p].mkv`);
      }
      const media: AniListMediaEpisodes = { id: 30_000 + i, status: 'FINISHED', episodes: 12, duration: 24, nextAiringEpisode: null, airingSchedule: { nodes: [] } };
      return { folder, files, missing, specials, store: (id) => aniListEpisodeList(id, media, OWN_NUMBERING, NOW) };
    }
    case 2: {
      // AniList RELEASING: episode 8 airs in three days; 1–7 have aired.
      for (let e = 1; e <= 7; e++) {
        if ((i + e) % 4 === 0) missing.push({ season: 1, episode: e, title: null, aired: null });
        else files.push(`${folder} - ${pad(e)}.mkv`);
      }
      const at = (NOW + 3 * DAY) / 1000;
      const media: AniListMediaEpisodes = { id: 30_000 + i, status: 'RELEASING', episodes: 12, duration: 24, nextAiringEpisode: { episode: 8, airingAt: at, timeUntilAiring: 3 * 86_400 }, airingSchedule: { nodes: [{ episode: 8, airingAt: at }, { episode: 9, airingAt: at + 7 * 86_400 }] } };
      return { folder, files, missing, specials, store: (id) => aniListEpisodeList(id, media, OWN_NUMBERING, NOW) };
    }
    default: {
      // TMDB with two specials (none on disk) and an undated last episode.
      const s1 = { n: 1, episodes: Array.from({ length: 8 }, (_, k) => ({ e: k + 1, date: k === 7 ? null : day(-300 + k * 7), name: `Episode ${k + 1}` })) };
      const s0 = { n: 0, episodes: [{ e: 1, date: day(-200), name: 'OVA' }, { e: 2, date: day(-100), name: 'Picture Drama' }] };
      for (const e of s1.episodes) {
        if (e.date !== null && (i + e.e) % 6 === 0) missing.push({ season: 1, episode: e.e, title: e.name, aired: e.date });
        else if (e.date !== null) files.push(`${folder} S01E${pad(e.e)}.mkv`);
      }
      for (const e of s0.episodes) specials.push({ season: 0, episode: e.e, title: e.name, aired: e.date });
      const shape = tmdbShape(80_000 + i, [s0, s1]);
      return { folder, files, missing, specials, store: (id) => tmdbEpisodeList(id, shape.show, shape.seasons, NOW) };
    }
  }
}

async function library() {
  const lib = libraryDir();
  const dataDir = tempDir('anishelf-data-');
  const plans = Array.from({ length: SERIES }, (_, i) => plan(i));
  writeTree(lib, Object.fromEntries(plans.flatMap((p) => p.files.map((f) => [`${p.folder}/${f}`, 'video']))));
  const core = await testCore({ dataDir });
  const { added } = await core.addFolders([lib]);
  const titles = new Map<string, { id: number; title: string }>();
  for (const s of added) titles.set(path.basename(s.path), { id: s.id, title: s.title });
  for (const p of plans) {
    const { id } = titles.get(p.folder)!;
    await core.scanSeries(id);
    const { list, episodes } = p.store(id);
    await saveEpisodeList(core.db, list, episodes);
  }
  await core.close();
  return { lib, dataDir, plans, titles };
}

const lineKey = (r: { seriesId: number; season: number; episode: number; title: string | null; aired: string | null; state: string }) =>
  JSON.stringify([r.seriesId, r.season, r.episode, r.title, r.aired?.slice(0, 10) ?? null, r.state]);

describe('anishelf missing', () => {
  test('--json over a 200-series library prints exactly the aired episodes without a file, one JSON line each', async () => {
    const { dataDir, plans, titles } = await library();
    const run = await cli(['missing', '--json', '--at', new Date(NOW).toISOString(), '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const line of lines) expect(Object.keys(line)).toEqual(['seriesId', 'series', 'season', 'episode', 'title', 'aired', 'state']);
    const expected = plans.flatMap((p) => p.missing.map((m) => ({ seriesId: titles.get(p.folder)!.id, ...m, state: 'missing' })));
    expect(expected.length).toBeGreaterThan(100);
    expect(lines.map(lineKey).sort()).toEqual(expected.map(lineKey).sort());
    for (const line of lines) expect(line.series).toBe([...titles.values()].find((t) => t.id === line.seriesId)!.title);

    // Specials join only when asked.
    const withSpecials = (await cli(['missing', '--json', '--specials', '--at', new Date(NOW).toISOString(), '--data-dir', dataDir])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const specials = plans.flatMap((p) => p.specials.map((m) => ({ seriesId: titles.get(p.folder)!.id, ...m, state: 'missing' })));
    expect(withSpecials.map(lineKey).sort()).toEqual([...expected, ...specials].map(lineKey).sort());
  }, 600_000);

  test('one series by path; --upcoming adds the next airings and TBA; the table for people', async () => {
    const lib = libraryDir();
    const dataDir = tempDir('anishelf-data-');
    const p = plan(2);
    writeTree(lib, Object.fromEntries(p.files.map((f) => [`${p.folder}/${f}`, 'video'])));
    const core = await testCore({ dataDir });
    const [series] = (await core.addFolders([path.join(lib, p.folder)])).added;
    await core.scanSeries(series!.id);
    const { list, episodes } = p.store(series!.id);
    await saveEpisodeList(core.db, list, episodes);
    await core.close();
    const at = ['--at', new Date(NOW).toISOString(), '--data-dir', dataDir];

    const upcoming = (await cli(['missing', path.join(lib, p.folder), '--json', '--upcoming', ...at])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(upcoming.map((r) => `${r.episode} ${r.state}`)).toEqual([...p.missing.map((m) => `${m.episode} missing`), '8 upcoming', '9 upcoming']);
    expect(upcoming.find((r) => r.episode === 8).aired).toBe(new Date(NOW + 3 * DAY).toISOString());

    const table = await cli(['missing', String(series!.id), ...at]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^SERIES\s+EPISODE\s+AIRED\s+STATE\s+TITLE$/);
    expect(table.stdout.split('\n')[1]).toMatch(new RegExp(`^Show Ac\\s+S01E${pad(p.missing[0]!.episode)}\\s+-\\s+missing$`));

    const bad = await cli(['missing', '--at', 'yesterday-ish', '--data-dir', dataDir]);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('--at takes a date');
    const unknown = await cli(['missing', '99999', '--data-dir', dataDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no series with id 99999');
  });
});
