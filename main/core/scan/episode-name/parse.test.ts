import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseEpisodeName } from './index';

describe('parseEpisodeName', () => {
  test('keeps the documented field order', () => {
    expect(Object.keys(parseEpisodeName('Show - S01E02.mkv'))).toEqual([
      'input', 'title', 'year', 'season', 'episodes', 'absolute', 'special', 'version', 'group', 'resolution', 'checksum',
      'extension', 'episodeTitle', 'specialKind', 'alternate', 'decimalEpisode', 'source', 'videoCodec', 'airDate', 'part',
    ]);
  });

  test('reads parent folders from options, outermost first, before those in the input', () => {
    const r = parseEpisodeName('05.mkv', { folders: ['Anime', 'Sousou no Frieren', 'Season 2'] });
    expect(r).toMatchObject({ input: '05.mkv', title: 'Sousou no Frieren', season: 2, episodes: [5], absolute: [] });
    const mixed = parseEpisodeName('Season 2/05.mkv', { folders: ['Anime', 'Sousou no Frieren'] });
    expect(mixed).toMatchObject({ title: 'Sousou no Frieren', season: 2, episodes: [5] });
  });

  test('a seasonless fansub number is both the episode and the absolute number', () => {
    expect(parseEpisodeName('[SubsPlease] One Piece - 1071 (1080p).mkv')).toMatchObject({ season: null, episodes: [1071], absolute: [1071] });
    expect(parseEpisodeName('One Piece/Season 21/One Piece - 1071.mkv')).toMatchObject({ season: 21, episodes: [1071], absolute: [] });
  });

  test('a half episode is a special without an episode number', () => {
    expect(parseEpisodeName('[Grp] Show - 07.5 [1080p].mkv')).toMatchObject({
      episodes: [], absolute: [], decimalEpisode: 7.5, special: true, specialKind: 'decimal',
    });
  });

  test('a disc or volume number is never an episode: the image or folder of a disc holds several', () => {
    for (const [name, folders] of [['Show Disc 1.iso', []], ['Show - Disk 2.iso', []], ['Show Vol. 3.iso', []], ['Disc 1', ['Show', 'Season 1']]] as const) {
      const parsed = parseEpisodeName(name, { folders: [...folders] });
      expect(parsed.episodes, name).toEqual([]);
      expect(parsed.absolute, name).toEqual([]);
    }
    expect(parseEpisodeName('Show Disc 1.iso').title).toBe('Show');
    expect(parseEpisodeName('Disc 1', { folders: ['Show', 'Season 1'] }).season).toBe(1);
    expect(parseEpisodeName('Show - 05 - Disc Wars.mkv').episodes).toEqual([5]);
  });

  test('gives the same answer every time and shares no arrays between results', () => {
    const first = parseEpisodeName('Zoo.S02E05.1080p.WEB-DL.DD5.1.H.264.HKD/160725_02.mkv');
    first.episodes.push(99);
    first.absolute.push(99);
    const second = parseEpisodeName('Zoo.S02E05.1080p.WEB-DL.DD5.1.H.264.HKD/160725_02.mkv');
    expect(second).toMatchObject({ title: 'Zoo', season: 2, episodes: [5], absolute: [] });
  });

  test('accepts names that are not episodes without throwing', () => {
    for (const name of ['', ' ', '.mkv', '[]', '[', ')(', '----', '/', '//', 'Season 1/', '【】', '\u0000\u0007', '.'.repeat(40)]) {
      const r = parseEpisodeName(name);
      expect(r.input).toBe(name);
      expect(r.episodes).toEqual([]);
    }
  });

  test('never throws and always returns well-formed fields', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '【', '】', ' - ', '.', '_', '-', 'S01', 'E02', 'x', '1080p', 'v2', '~', '+', '/', '第', '话', '０５', '2024', ' ');
    const name = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 5000 }).map(String)), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, (input) => {
        const r = parseEpisodeName(input);
        expect(r.input).toBe(input);
        for (const n of [...r.episodes, ...r.absolute]) expect(Number.isInteger(n) && n >= 0).toBe(true);
        if (r.checksum !== null) expect(r.checksum).toMatch(/^[0-9A-F]{8}$/);
        if (r.airDate !== null) expect(r.airDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.resolution !== null) expect(r.resolution).toMatch(/^\d{3,4}[pi]$/);
        if (r.decimalEpisode !== null) expect(r.episodes).toEqual([]);
        expect(r.special).toBe(r.specialKind !== null || r.season === 0);
      }),
      { numRuns: 2000, seed: 20_240_115 },
    );
  });

  test('stays linear on long hostile names', () => {
    const hostile = [
      `${'[a'.repeat(5000)}]`,
      `${'S01 '.repeat(3000)}x`,
      `${'1-'.repeat(4000)}1`,
      `Title ${'- 01 '.repeat(2000)}`,
      `${'a.'.repeat(5000)}mkv`,
      `${'Season '.repeat(2000)}1`,
    ];
    for (const name of hostile) {
      const started = performance.now();
      parseEpisodeName(name);
      // Catastrophic backtracking takes minutes to forever; the bound is far above any machine's speed.
      expect(performance.now() - started, name.slice(0, 20)).toBeLessThan(10_000);
    }
  });
});
