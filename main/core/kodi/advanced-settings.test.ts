import { describe, expect, test } from 'vitest';
import { FANSUB_RULES, MULTIPART_RULE, tvshowMatchingBlock, withTvshowMatching } from './advanced-settings';

/**
 * What Kodi reads from a path with the rules: the first rule that matches, as {season, episode},
 * with `last` when group 3 holds another episode ("-02", " & 15"), as Kodi's multi-part search
 * reads it with the tvmultipartmatching rule.
 */
function kodiReads(file: string): { season: number; episode: number; last?: number } | null {
  for (const rule of FANSUB_RULES) {
    const m = new RegExp(rule.regexp, 'i').exec(file);
    if (!m) continue;
    const read = m[2] === undefined || m[2] === '' ? { season: rule.defaultSeason ?? 1, episode: Number(m[1]) } : { season: Number(m[1]), episode: Number(m[2]) };
    const next = m[3] ? new RegExp(MULTIPART_RULE, 'i').exec(m[3]) : null;
    return next ? { ...read, last: Number(next[1]) } : read;
  }
  return null;
}

describe('the tvshowmatching rules for fansub names', () => {
  test.each([
    ['/a/Show/[SubsPlease] Sousou no Frieren - 03 [1080p].mkv', { season: 1, episode: 3 }],
    ['/a/Show/[Grp] Fan - 04v2 (1080p) [ABCD1234].mkv', { season: 1, episode: 4 }],
    ['/a/One Piece/One Piece - 1071.mkv', { season: 1, episode: 1071 }],
    ['/a/Show/[Grp] Title S2 - 05 [1080p].mkv', { season: 2, episode: 5 }],
    ['/a/Show/Title_-_07_[720p].mkv', { season: 1, episode: 7 }],
    ['/a/Show/Title - 08 - The Eighth.mkv', { season: 1, episode: 8 }],
    ['/a/Show/[Grp] Title - SP01 [BD 1080p].mkv', { season: 0, episode: 1 }],
    ['/a/Show/Title - OVA 2.mkv', { season: 0, episode: 2 }],
    ['/a/Show/Season 2/[Grp] Title - 05 [1080p].mkv', { season: 2, episode: 5 }],
    ['/a/Show/Season 10 (2024)/Title - 03.mkv', { season: 10, episode: 3 }],
    ['/a/Show/S3/Title_-_04_[720p].mkv', { season: 3, episode: 4 }],
    ['/a/Show/Specials/[Grp] Title - 02 [BD 1080p].mkv', { season: 0, episode: 2 }],
    ['/a/Show/OVA/Title - 01.mkv', { season: 0, episode: 1 }],
    ['/a/Show S2/[Grp] Show S2 - 06 [1080p].mkv', { season: 2, episode: 6 }],
    ['/a/Seasons/[Grp] Seasons - 07.mkv', { season: 1, episode: 7 }],
    ['/a/Show/[Grp] Title - 01-02 [1080p].mkv', { season: 1, episode: 1, last: 2 }],
    ['/a/Show/[Grp] Title - 14 & 15 [1080p].mkv', { season: 1, episode: 14, last: 15 }],
    ['/a/Show/[Grp] Title - 16 ~ 17 [1080p].mkv', { season: 1, episode: 16, last: 17 }],
    ['/a/Show/Season 2/[Grp] Title - 03&04.mkv', { season: 2, episode: 3, last: 4 }],
    ['/a/Show/[Grp] Title 08 [1080p].mkv', { season: 1, episode: 8 }],
    ['/a/Show/[Grp] Title 28v2 [1080p].mkv', { season: 1, episode: 28 }],
    ['/a/Show/Season 2/[Grp] Title 05 [1080p].mkv', { season: 2, episode: 5 }],
    ['/a/Show/[Grp] Title - 09 END [1080p].mkv', { season: 1, episode: 9 }],
    ['/a/Show/[Grp] Title - Episode 11 [1080p].mkv', { season: 1, episode: 11 }],
    ['/a/Show/[Grp] Title - Ep12 [1080p].mkv', { season: 1, episode: 12 }],
    ['/a/Show/[Grp] Title #18 [1080p].mkv', { season: 1, episode: 18 }],
    ['/a/Show/[Grp] Title 2nd Season - 19 [1080p].mkv', { season: 2, episode: 19 }],
    ['/a/Show/Title Season 3 - 04.mkv', { season: 3, episode: 4 }],
    ['/a/Show/Season 1/[Grp] Title S2 - 05 [1080p].mkv', { season: 2, episode: 5 }],
    ['/a/Show/【Grp】Title - 30【1080p】.mkv', { season: 1, episode: 30 }],
    ['/a/Show/Season 3/[Grp] Title - 11-12 [1080p].mkv', { season: 3, episode: 11, last: 12 }],
    ['/a/Show/Title Capítulo 1071 [1080p].mkv', { season: 1, episode: 1071 }],
    ['/a/Show/Title Episódio 17 Legendado.mkv', { season: 1, episode: 17 }],
    ['/a/Show/Title Серия 14 1080p.mkv', { season: 1, episode: 14 }],
    ['/a/Show/Title Folge 13 HD.mkv', { season: 1, episode: 13 }],
    ['/a/Show/Title 第2期 第03話.mp4', { season: 2, episode: 3 }],
    ['/a/Show/Title 第16話 (1920x1080).mp4', { season: 1, episode: 16 }],
    ['/a/Show/Title 第05集.mp4', { season: 1, episode: 5 }],
    ['/a/Show/Title 제15화.mp4', { season: 1, episode: 15 }],
    ['/a/Show/Title 19회.mp4', { season: 1, episode: 19 }],
    ['/a/Show/Specials/01.mkv', { season: 0, episode: 1 }],
    ['/a/Show/OVA/02 - Name.mkv', { season: 0, episode: 2 }],
    ['/a/Show/SP/03 The Title.mkv', { season: 0, episode: 3 }],
    ['/a/Show/Specials/Chapter 04.mkv', { season: 0, episode: 4 }],
    ['/a/Show/Specials/05-06 - Two.mkv', { season: 0, episode: 5, last: 6 }],
  ])('%s', (file, expected) => {
    expect(kodiReads(file)).toEqual(expected);
  });

  test.each([
    '/a/Show/Show - S01E05 - Name.mkv',
    '/a/Show/The.Expanse.S03E05.1080p.WEB.x264-GRP.mkv',
    '/a/Show/Daily - 2024.01.15.mkv',
    '/a/Show/[Grp] Title - 07.5 [1080p].mkv',
    '/a/Show - 05 [1080p]/Show S01E02.mkv',
    '/a/Show/[Grp] Title - NCOP 01 [BD 1080p].mkv',
    '/a/Show/[Grp] Title - Menu 3 [BD 1080p].mkv',
    '/a/Show/Title Episode 5.5 Recap.mkv',
    '/a/Show/Title 第2期.mp4',
    '/a/Show/[Grp] Title Vol 2 [BD].mkv',
    '/a/Show/[Grp] Title Season 2 [1080p].mkv',
    '/a/Show/Title 2024.01.15.mkv',
    '/a/Show/[Grp] Title 1080p.mkv',
    // Anishelf reads these as episodes of their own folder, not as specials.
    '/a/Show/OVA 2/01.mkv',
    '/a/Show/Specials (BD)/01.mkv',
    '/a/Show/Specials/07.5 - Recap.mkv',
  ])('leaves %s to Kodi', (file) => {
    expect(kodiReads(file)).toBeNull();
  });
});

test("the multi-episode rule is Kodi's own for its names, and reads '&' and '~' besides", () => {
  const next = (rest: string) => new RegExp(MULTIPART_RULE, 'i').exec(rest)?.[1] ?? null;
  // What Kodi's own rules leave after S01E01 in group 3.
  expect([next('-E02.mkv'), next('e02.mkv'), next('x02.mkv'), next('-02.mkv')]).toEqual(['02', '02', '02', '02']);
  expect([next(' - 720p.mkv'), next('.720p.mkv'), next(' 2.mkv'), next(' & Friends.mkv')]).toEqual([null, null, null, null]);
  expect([next(' & 15 [1080p].mkv'), next('~17.mkv')]).toEqual(['15', '17']);
});

describe('advancedsettings.xml', () => {
  test('a new file holds the rules, escaped for XML', () => {
    const text = withTvshowMatching(null);
    expect(text).toContain('<advancedsettings version="1.0">');
    expect(text).toContain('<tvshowmatching action="prepend">');
    expect(text).toContain('<regexp defaultseason="0">');
    const written = [...text.matchAll(/<regexp[^>]*>([^<]*)<\/regexp>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    expect(written).toEqual(FANSUB_RULES.map((r) => r.regexp));
    const multipart = /<tvmultipartmatching>([^<]*)<\/tvmultipartmatching>/.exec(text)?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(multipart).toBe(MULTIPART_RULE);
  });

  test("a file with a multi-episode rule of its own keeps it, and gets the rules without Anishelf's", () => {
    const mine = '<advancedsettings>\n  <tvmultipartmatching>^[-_ex]+([0-9]+)</tvmultipartmatching>\n</advancedsettings>\n';
    const once = withTvshowMatching(mine);
    expect(once.match(/<tvmultipartmatching>/g)).toHaveLength(1);
    expect(once).toContain('<tvmultipartmatching>^[-_ex]+([0-9]+)</tvmultipartmatching>');
    expect(once).toContain('<tvshowmatching action="prepend">');
    expect(withTvshowMatching(once)).toBe(once);
  });

  test("the user's file keeps everything; a second run replaces only Anishelf's block", () => {
    const mine = '<advancedsettings>\n  <loglevel>1</loglevel>\n  <video><excludefromscan><regexp>sample</regexp></excludefromscan></video>\n</advancedsettings>\n';
    const once = withTvshowMatching(mine);
    expect(once).toContain('<loglevel>1</loglevel>');
    expect(once).toContain('<excludefromscan><regexp>sample</regexp></excludefromscan>');
    expect(once).toContain(tvshowMatchingBlock());
    expect(withTvshowMatching(once)).toBe(once);
  });

  test('refuses a file with rules of its own, and a file that is not advancedsettings.xml', () => {
    expect(() => withTvshowMatching('<advancedsettings><tvshowmatching><regexp>x</regexp></tvshowmatching></advancedsettings>')).toThrow(expect.objectContaining({ code: 'KODI_SETTINGS_CONFLICT' }));
    expect(() => withTvshowMatching('<settings></settings>')).toThrow(expect.objectContaining({ code: 'KODI_SETTINGS_INVALID' }));
  });
});
