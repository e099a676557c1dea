import { describe, expect, it } from 'vitest';
import { mediaUrl, parseMediaUrl } from './media-url';

describe('parseMediaUrl', () => {
  it.each([
    ['anishelf-media://series/1/poster', { seriesId: 1, kind: 'poster', version: null }],
    ['anishelf-media://series/42/logo', { seriesId: 42, kind: 'logo', version: null }],
    ['anishelf-media://series/9007199254740991/fanart', { seriesId: 9007199254740991, kind: 'fanart', version: null }],
    ['anishelf-media://series/7/poster?v=1700000000', { seriesId: 7, kind: 'poster', version: '1700000000' }],
    ['ANISHELF-MEDIA://series/7/poster', { seriesId: 7, kind: 'poster', version: null }],
    ['anishelf-media://series/7/poster-thumb', { seriesId: 7, kind: 'poster-thumb', version: null }],
    ['anishelf-media://series/7/poster-thumb-small', { seriesId: 7, kind: 'poster-thumb-small', version: null }],
  ])('reads %s', (url, expected) => {
    expect(parseMediaUrl(url)).toEqual(expected);
  });

  it.each([
    'anishelf-media://series/1/..%2F..%2F..%2Fetc%2Fpasswd',
    'anishelf-media://series/1/poster%2F..%2F..%2Fsecret',
    'anishelf-media://series/..%2F1/poster',
    'anishelf-media://series/1/poster/extra',
    'anishelf-media://series/1/poster/',
    'anishelf-media://series/1',
    'anishelf-media://series//poster',
    'anishelf-media://series/0/poster',
    'anishelf-media://series/-1/poster',
    'anishelf-media://series/01/poster',
    'anishelf-media://series/1.5/poster',
    'anishelf-media://series/1e3/poster',
    'anishelf-media://series/0x10/poster',
    'anishelf-media://series/99999999999999999/poster',
    'anishelf-media://series/1/banner',
    'anishelf-media://series/1/logo-thumb',
    'anishelf-media://series/1/poster-thumb-thumb',
    'anishelf-media://series/1/poster-thumb-small-x',
    'anishelf-media://series/1/poster-thumb-large',
    'anishelf-media://series/1/poster--thumb',
    'anishelf-media://series/1/POSTER',
    'anishelf-media://series/1/poster.jpg',
    'anishelf-media://series/1/tvshow.nfo',
    'anishelf-media://file/etc/passwd',
    'anishelf-media://user:pw@series/1/poster',
    'anishelf-media://series:80/1/poster',
    'anishelf-media:///series/1/poster',
    'anishelf://app/series/1/poster',
    'file:///series/1/poster',
    'https://series/1/poster',
    'anishelf-media://series/1/%70oster',
    'anishelf-media://series/1/poster%00',
    '',
  ])('refuses %s', (url) => {
    expect(parseMediaUrl(url)).toBeNull();
  });

  it('refuses non-strings and huge URLs', () => {
    expect(parseMediaUrl(undefined)).toBeNull();
    expect(parseMediaUrl({ href: 'anishelf-media://series/1/poster' })).toBeNull();
    expect(parseMediaUrl(`anishelf-media://series/1/poster?${'a'.repeat(5000)}`)).toBeNull();
  });

  it('round-trips the URLs the UI builds', () => {
    expect(parseMediaUrl(mediaUrl(12, 'fanart'))).toEqual({ seriesId: 12, kind: 'fanart', version: null });
  });
});

describe('remote poster URLs', () => {
  it('give the provider URL to the core, and nothing for another host or path of the scheme', async () => {
    const { parseRemotePosterUrl } = await import('./media-url');
    const cover = 'https://s4.anilist.co/file/anilistcdn/media/anime/cover/large/bx21.jpg';
    expect(parseRemotePosterUrl(`anishelf-media://remote/poster?url=${encodeURIComponent(cover)}`)).toBe(cover);
    expect(parseRemotePosterUrl(`anishelf-media://series/poster?url=${encodeURIComponent(cover)}`)).toBeNull();
    expect(parseRemotePosterUrl(`anishelf-media://remote/other?url=${encodeURIComponent(cover)}`)).toBeNull();
    expect(parseRemotePosterUrl(`anishelf-media://user@remote/poster?url=x`)).toBeNull();
    expect(parseRemotePosterUrl(`https://remote/poster?url=x`)).toBeNull();
  });
});

describe('poster sheet URLs', () => {
  it('give the row of posters to the core, and nothing for another host, path, user or port of the scheme', async () => {
    const { parsePosterSheetUrl } = await import('./media-url');
    expect(parsePosterSheetUrl('anishelf-media://poster-sheet/?kind=poster-thumb-small&s=3.1a-2b,4')).toEqual({
      kind: 'poster-thumb-small',
      posters: [
        { seriesId: 3, version: '1a-2b' },
        { seriesId: 4, version: null },
      ],
    });
    for (const url of [
      'anishelf-media://series/?kind=poster-thumb-small&s=3', 'anishelf-media://poster-sheet/x?kind=poster-thumb-small&s=3',
      'anishelf-media://u@poster-sheet/?kind=poster-thumb-small&s=3', 'anishelf-media://poster-sheet:1/?kind=poster-thumb-small&s=3',
      'https://poster-sheet/?kind=poster-thumb-small&s=3', 'anishelf-media://poster-sheet/?kind=poster&s=3', 'anishelf-media://poster-sheet/?kind=poster-thumb&s=..%2F3',
    ]) {
      expect(parsePosterSheetUrl(url), url).toBeNull();
    }
  });
});
