import { buildAniListMedia } from '../../testing/build-anilist';
import { buildTmdbShows } from '../../testing/build-tmdb';
import type { FakeAniListMedia, FakeTmdbShow } from '../../testing/fake-episodes';

/** "Now" of the episode-list tests: Mon 8 Dec 2025, 12:00 UTC. */
export const EPISODES_NOW_MS = Date.parse('2025-12-08T12:00:00Z');
const DAY = 86_400_000;
const day = (offset: number) => new Date(EPISODES_NOW_MS + offset * DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** The folders of a small matched library (ids in the folder names, as Jellyfin users tag them). */
export function episodeLibraryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (path: string) => (files[path] = 'video');
  // TMDB with specials: S1E04 and S2E02 missing; S1E01-E02 in one file.
  add('Garden Show [tmdbid-91001]/Season 1/Garden Show S01E01-E02.mkv');
  for (const e of [3, 5, 6]) add(`Garden Show [tmdbid-91001]/Season 1/Garden Show S01E${pad(e)}.mkv`);
  add('Garden Show [tmdbid-91001]/Season 2/Garden Show S02E01.mkv');
  // Titled in its name, where TMDB has only its placeholder "Episode 3".
  add('Garden Show [tmdbid-91001]/Season 2/Garden Show S02E03 - First Frost.mkv');
  // Two AniList cours in one folder, numbered 1–24: 5 and 20 missing.
  for (let e = 1; e <= 24; e++) if (e !== 5 && e !== 20) add(`Cour Show [anilistid-92001]/[Grp] Cour Show - ${pad(e)} [1080p].mkv`);
  // Airing on AniList: 1–7 aired, 3 missing; 8 airs in two days.
  for (let e = 1; e <= 7; e++) if (e !== 3) add(`Airing Show [anilistid-93001]/Airing Show - ${pad(e)}.mkv`);
  // Not yet released: nothing expected.
  add('Unaired Show [anilistid-94001]/Unaired Show - PV.mkv');
  // Season folders matched season by season along the sequel chain: S2E07 missing.
  for (let e = 1; e <= 10; e++) add(`Season Show [anilistid-95001]/Season 1/Season Show S01E${pad(e)}.mkv`);
  for (let e = 1; e <= 10; e++) if (e !== 7) add(`Season Show [anilistid-95001]/Season 2/Season Show S02E${pad(e)}.mkv`);
  // A folder of the second season alone, matched to that season's entry (numbered from 1 on
  // AniList) and run on into its Part 2; its files are named for season 2: 4 and 13 missing.
  // Season 2 is that entry, not the season after it along the chain (the 3rd Season).
  for (let e = 1; e <= 15; e++) if (e !== 4 && e !== 13) add(`Season Show 2nd Season [anilistid-95002]/[Grp] Season Show S2 - ${pad(e)} [1080p].mkv`);
  // Its Part 2 alone, numbered on from Part 1 as the release group names it (S2 - 11…15): 12
  // missing, and none of Part 1.
  for (let e = 11; e <= 15; e++) if (e !== 12) add(`Season Show 2nd Season Part 2 [anilistid-95003]/[Grp] Season Show S2 - ${pad(e)} [1080p].mkv`);
  // The 3rd Season alone, numbered through the whole show (the 25 episodes before it, then
  // 26…33), its season from the folder's name: 30 missing.
  for (let e = 26; e <= 33; e++) if (e !== 30) add(`Season Show 3rd Season [anilistid-95004]/[Grp] Season Show - ${pad(e)} [1080p].mkv`);
  // Season packs of one TMDB show, a folder each; season 3 is in none. Each lists its own
  // season's missing episodes (S2E2); the first lists season 3 too, once.
  for (const e of [1, 2, 3]) add(`Pack.Show.S01.1080p.WEB-DL.x264-GRP [tmdbid-91002]/Pack.Show.S01E${pad(e)}.1080p.WEB-DL.x264-GRP.mkv`);
  for (const e of [1, 3]) add(`Pack.Show.S02.1080p.WEB-DL.x264-GRP [tmdbid-91002]/Pack.Show.S02E${pad(e)}.1080p.WEB-DL.x264-GRP.mkv`);
  return files;
}

/** What `missing` must list for that library at EPISODES_NOW_MS: folder → season/episode. */
export const EPISODE_LIBRARY_MISSING: Record<string, string[]> = {
  'Garden Show [tmdbid-91001]': ['S1E4', 'S2E2'],
  'Cour Show [anilistid-92001]': ['S1E5', 'S1E20'],
  'Airing Show [anilistid-93001]': ['S1E3'],
  'Unaired Show [anilistid-94001]': [],
  'Season Show [anilistid-95001]': ['S2E7'],
  'Season Show 2nd Season [anilistid-95002]': ['S2E4', 'S2E13'],
  'Season Show 2nd Season Part 2 [anilistid-95003]': ['S2E12'],
  'Season Show 3rd Season [anilistid-95004]': ['S3E30'],
  'Pack.Show.S01.1080p.WEB-DL.x264-GRP [tmdbid-91002]': ['S3E1', 'S3E2'],
  'Pack.Show.S02.1080p.WEB-DL.x264-GRP [tmdbid-91002]': ['S2E2'],
};

/** The providers' side of that library, in the fake servers' shapes. */
export function episodeLibraryProviders(): { anilist: FakeAniListMedia[]; tmdb: FakeTmdbShow[] } {
  const anilist: FakeAniListMedia[] = buildAniListMedia([
    { id: 92001, romaji: 'Cour Show', format: 'TV', eps: 12, year: 2023 },
    { id: 92002, romaji: 'Cour Show Part 2', format: 'TV', eps: 12, year: 2023, prequel: 92001 },
    { id: 93001, romaji: 'Airing Show', format: 'TV', eps: 12, year: 2025, status: 'RELEASING' },
    { id: 94001, romaji: 'Unaired Show', format: 'TV', eps: null, year: 2026, status: 'NOT_YET_RELEASED' },
    { id: 95001, romaji: 'Season Show', format: 'TV', eps: 10, year: 2021 },
    { id: 95002, romaji: 'Season Show 2nd Season', format: 'TV', eps: 10, year: 2022, prequel: 95001 },
    { id: 95003, romaji: 'Season Show 2nd Season Part 2', format: 'TV', eps: 5, year: 2023, prequel: 95002 },
    { id: 95004, romaji: 'Season Show 3rd Season', format: 'TV', eps: 8, year: 2025, prequel: 95003 },
  ]);
  const airing = anilist.find((m) => m.id === 93001)!;
  const next = (EPISODES_NOW_MS + 2 * DAY) / 1000;
  airing.nextAiringEpisode = { episode: 8, airingAt: next, timeUntilAiring: 2 * 86_400 };
  airing.airingSchedule = { nodes: Array.from({ length: 12 }, (_, k) => ({ episode: k + 1, airingAt: next + (k + 1 - 8) * 7 * 86_400 })) };

  const [garden] = buildTmdbShows([{ id: 91001, name: 'Garden Show', year: 2024, seasons: [6, 4], seasonNames: { 2: 'Bloom' } }]);
  garden!.details.status = 'Returning Series';
  garden!.details.seasons.unshift({ id: 9100100, season_number: 0, episode_count: 2, name: 'Specials', air_date: day(-300) });
  garden!.details.next_episode_to_air = { air_date: day(3), episode_number: 4, season_number: 2 };
  const show: FakeTmdbShow = {
    ...garden!,
    episodes: {
      0: [{ episode_number: 1, name: 'Garden OVA', air_date: day(-300) }, { episode_number: 2, name: 'Season 2 Trailer', air_date: day(-60) }],
      1: Array.from({ length: 6 }, (_, k) => ({ episode_number: k + 1, name: `Seedling ${k + 1}`, overview: `Plot of S1E${k + 1}.`, air_date: day(-400 + k * 7), still_path: `/still-1-${k + 1}.jpg` })),
      2: Array.from({ length: 4 }, (_, k) => ({ episode_number: k + 1, name: k === 2 ? 'Episode 3' : `Bloom ${k + 1}`, overview: `Plot of S2E${k + 1}.`, air_date: day(-18 + k * 7) })),
    },
  };
  const [packs] = buildTmdbShows([{ id: 91002, name: 'Pack Show', year: 2019, seasons: [3, 3, 2], ended: true, seasonNames: { 3: 'Final Harvest' } }]);
  return { anilist, tmdb: [show, packs!] };
}
