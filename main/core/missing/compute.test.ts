import { describe, expect, test } from 'vitest';
import { formatNext, formatSeason } from '../../../shared/missing';
import { saveEpisodeList } from '../db/repos/provider-episodes';
import { setSeriesShowSpecials } from '../db/repos/series-settings';
import { aniListEpisodeList } from '../metadata/episode-list/anilist';
import { chainPlacements, OWN_NUMBERING } from '../metadata/episode-list/placement';
import { tmdbEpisodeList } from '../metadata/episode-list/tmdb';
import { TMDB_IMAGE_BASE } from '../metadata/tmdb/client';
import { aniListMedia, FIXTURE_NOW_MS, tmdbSeasons, tmdbShow } from './fixtures/index';
import { missingReports, missingRows } from './library';
import { scannedSeries } from './testing';

type Store = (seriesId: number) => Array<ReturnType<typeof tmdbEpisodeList>>;

const numbered = (from: number, to: number, name: (n: number) => string, skip: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((n) => !skip.includes(n)).map(name);
const pad = (n: number) => String(n).padStart(2, '0');

const tmdb: Store = (id) => [tmdbEpisodeList(id, tmdbShow(), tmdbSeasons(), FIXTURE_NOW_MS, TMDB_IMAGE_BASE)];
const finished12: Store = (id) => [aniListEpisodeList(id, aniListMedia('finished-12'), OWN_NUMBERING, FIXTURE_NOW_MS)];
const airing: Store = (id) => [aniListEpisodeList(id, aniListMedia('airing'), OWN_NUMBERING, FIXTURE_NOW_MS)];
// The sequel chain as matched: cour 1 to season 1, cour 2 to season 2; or both in one folder.
const cours = (seasons: [number | null, number | null]): Store => (id) => {
  const media = [aniListMedia('cour-1'), aniListMedia('cour-2')];
  const placements = chainPlacements(media.map((m, i) => ({ season: seasons[i]!, episodes: m.episodes })));
  return media.map((m, i) => aniListEpisodeList(id, m, placements[i]!, FIXTURE_NOW_MS));
};
const twoCours = cours([1, 2]);
const oneFolder = cours([null, null]);

interface Case {
  name: string;
  files: string[];
  store: Store;
  now?: number;
  showSpecials?: boolean;
  /** "S1E3" of each missing episode, in order. */
  missing: string[];
  lines: string[];
  states?: Record<string, string>;
  misplaced?: string[];
  airing?: boolean;
}

const cases: Case[] = [
  {
    name: 'a finished 12-episode AniList series with 3 gaps',
    files: numbered(1, 12, (n) => `Hoshi no Kioku - ${pad(n)} [1080p].mkv`, [3, 7, 11]),
    store: finished12,
    missing: ['S1E3', 'S1E7', 'S1E11'],
    lines: ['S1 9/12, missing 3, 7, 11'],
    airing: false,
  },
  {
    name: 'a folder of an OVA alone ("OVA - 01") matched to the OVA entry: its files are the entry\'s episodes',
    files: [...numbered(1, 12, (n) => `[Grp] Hoshi no Kioku OVA - ${pad(n)} [BD].mkv`, [3]), 'Hoshi no Kioku NCOP.mkv'],
    store: finished12,
    missing: ['S1E3'],
    lines: ['S1 11/12, missing 3'],
  },
  {
    name: 'an OVA beside the series\' episodes stays a special: it covers no episode of season 1',
    files: [...numbered(2, 12, (n) => `Hoshi no Kioku - ${pad(n)} [1080p].mkv`), 'Hoshi no Kioku OVA - 01.mkv'],
    store: finished12,
    missing: ['S1E1'],
    lines: ['S1 11/12, missing 1'],
  },
  {
    name: 'an airing series: aired gaps are missing, the next airing is upcoming, never missing',
    files: numbered(1, 9, (n) => `[Grp] Kaze no Tabibito - ${pad(n)}.mkv`, [5]),
    store: airing,
    missing: ['S1E5'],
    lines: ['S1 8/9, missing 5 · next E10 Fri 12 Dec'],
    states: { S1E9: 'have', S1E10: 'upcoming', S1E11: 'upcoming', S1E12: 'upcoming' },
    airing: true,
  },
  {
    name: 'an episode aired within the last day is "just aired", not missing',
    files: numbered(1, 8, (n) => `[Grp] Kaze no Tabibito - ${pad(n)}.mkv`, [5]),
    store: airing,
    now: Date.parse('2025-12-06T10:00:00Z'),
    missing: ['S1E5'],
    lines: ['S1 7/9, missing 5 · next E10 Fri 12 Dec'],
    states: { S1E9: 'just-aired' },
  },
  {
    name: 'a 2-cour anime numbered 01-24 across two AniList entries maps through the sequel chain',
    files: numbered(1, 24, (n) => `Tsuki no Kishi - ${pad(n)}.mkv`, [14, 20]),
    store: twoCours,
    missing: ['S2E2', 'S2E8'],
    lines: ['S1 12/12 ✓', 'S2 10/12, missing 2, 8'],
  },
  {
    name: 'the same 2-cour anime matched as one continuous season numbers cour 2 as 13-24',
    files: numbered(1, 24, (n) => `Tsuki no Kishi - ${pad(n)}.mkv`, [14, 20]),
    store: oneFolder,
    missing: ['S1E14', 'S1E20'],
    lines: ['S1 22/24, missing 14, 20'],
  },
  {
    name: 'a TMDB series with specials: counted apart, hidden by default, trailers and recaps never count',
    // The trailer (S00E03) and an opening on disk stand for nothing.
    files: [...numbered(1, 10, (n) => `Season 1/Garden of Lanterns S01E${pad(n)}.mkv`, [4]), 'Season 2/Garden of Lanterns S02E01.mkv', 'Specials/Garden of Lanterns S00E01.mkv', 'Specials/Garden of Lanterns S00E03.mkv', 'Extras/Garden of Lanterns NCOP1.mkv'],
    store: tmdb,
    missing: ['S1E4'],
    lines: ['S1 9/10, missing 4', 'S2 1/1 ✓ · next E2 Mon 8 Dec', 'Specials 1/3 (hidden)'],
    states: { S2E2: 'upcoming', S2E3: 'upcoming', S2E4: 'tba', S0E2: 'missing' },
    airing: true,
  },
  {
    name: 'specials shown for this series count as missing',
    files: [...numbered(1, 10, (n) => `Season 1/Garden of Lanterns S01E${pad(n)}.mkv`), 'Season 2/Garden of Lanterns S02E01.mkv', 'Specials/Garden of Lanterns S00E01.mkv'],
    store: tmdb,
    showSpecials: true,
    missing: ['S0E2', 'S0E5'],
    lines: ['S1 10/10 ✓', 'S2 1/1 ✓ · next E2 Mon 8 Dec', 'Specials 1/3, missing 2, 5'],
  },
  {
    name: 'multi-episode files cover each number; a v2 beside a v1 covers one episode once',
    files: ['Season 1/Garden of Lanterns S01E01-E02.mkv', 'Season 1/Garden of Lanterns S01E03E04.mkv', 'Season 1/Garden of Lanterns - 05.mkv', 'Season 1/Garden of Lanterns - 05v2.mkv', 'Season 1/Garden of Lanterns - 07-08.mkv', 'Season 1/Garden of Lanterns S01E09.mkv'],
    store: tmdb,
    missing: ['S1E6', 'S1E10', 'S2E1'],
    lines: ['S1 8/10, missing 6, 10', 'S2 0/1, missing 1 · next E2 Mon 8 Dec', 'Specials 0/3 (hidden)'],
  },
  {
    name: 'the only file of an episode in the wrong season folder counts and is flagged misplaced',
    files: [...numbered(1, 10, (n) => `Season 1/Garden of Lanterns S01E${pad(n)}.mkv`, [5]), 'Season 2/Garden of Lanterns S01E05.mkv', 'Season 2/Garden of Lanterns S02E01.mkv'],
    store: tmdb,
    missing: [],
    lines: ['S1 10/10 ✓', 'S2 1/1 ✓ · next E2 Mon 8 Dec', 'Specials 0/3 (hidden)'],
    misplaced: ['S1E5'],
  },
  {
    name: 'undated episodes are TBA, never missing, and stay out of the count',
    files: [...numbered(1, 10, (n) => `Season 1/Garden of Lanterns S01E${pad(n)}.mkv`)],
    store: tmdb,
    now: Date.parse('2026-06-01T00:00:00Z'),
    missing: ['S2E1', 'S2E2', 'S2E3'],
    lines: ['S1 10/10 ✓', 'S2 0/3, missing 1–3', 'Specials 0/3 (hidden)'],
    states: { S2E4: 'tba', S2E5: 'tba', S2E6: 'tba' },
  },
];

describe('missing episodes', () => {
  test.each(cases)('$name', async (c) => {
    const { db, id, close } = await scannedSeries('Series', c.files);
    try {
      for (const { list, episodes } of c.store(id)) await saveEpisodeList(db, list, episodes);
      if (c.showSpecials) await setSeriesShowSpecials(db, id, true);
      const [report] = await missingReports(db, c.now ?? FIXTURE_NOW_MS, id);
      const { missing } = report!;
      const key = (e: { season: number; episode: number }) => `S${e.season}E${e.episode}`;
      expect(missingRows([report!]).map(key)).toEqual(c.missing);
      expect(missing.missingCount).toBe(c.missing.length);
      const lines = [...missing.seasons, ...(missing.specials ? [missing.specials] : [])].map((s) => formatSeason(s, { specialsShown: missing.specialsShown, nowMs: FIXTURE_NOW_MS }));
      expect(lines).toEqual(c.lines);
      for (const [episode, state] of Object.entries(c.states ?? {})) expect(missing.episodes.find((e) => key(e) === episode)?.state, episode).toBe(state);
      expect(missing.episodes.filter((e) => e.misplaced).map(key)).toEqual(c.misplaced ?? []);
      if (c.airing !== undefined) expect(missing.airing).toBe(c.airing);
    } finally {
      await close();
    }
  });
});

describe('AniList facts without per-episode dates', () => {
  test('FINISHED expects 1..episodes, RELEASING 1..next-1, NOT_YET_RELEASED nothing', async () => {
    const { db, id, close } = await scannedSeries('Series', ['Series - 99.mkv']);
    try {
      await saveEpisodeList(db, ...tuple(aniListEpisodeList(id, aniListMedia('not-yet-released'), OWN_NUMBERING, FIXTURE_NOW_MS)));
      let [report] = await missingReports(db, FIXTURE_NOW_MS, id);
      expect(report!.missing.episodes.filter((e) => e.state !== 'upcoming')).toEqual([]);
      expect(report!.missing.missingCount).toBe(0);
      expect(formatNext(report!.missing.next!, FIXTURE_NOW_MS)).toBe('next: E1 on Fri 9 Jan');

      await saveEpisodeList(db, ...tuple(aniListEpisodeList(id, aniListMedia('airing'), OWN_NUMBERING, FIXTURE_NOW_MS)));
      await db.deleteFrom('provider_lists').where('provider_id', '=', '21005').execute();
      [report] = await missingReports(db, FIXTURE_NOW_MS, id);
      expect(report!.missing.episodes.filter((e) => e.state === 'missing').map((e) => e.episode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await close();
    }
  });

  test('without any provider list nothing is missing and the series is not known', async () => {
    const { db, id, close } = await scannedSeries('Series', ['Series - 01.mkv']);
    try {
      const [report] = await missingReports(db, FIXTURE_NOW_MS, id);
      expect(report!.missing).toMatchObject({ known: false, missingCount: 0, seasons: [], airing: false });
    } finally {
      await close();
    }
  });
});

function tuple(x: ReturnType<typeof tmdbEpisodeList>) {
  return [x.list, x.episodes] as const;
}
