import { describe, expect, test } from 'vitest';
import { findProviderLinks, isOnlyLinks, retargetLinks } from './url-only';

describe('findProviderLinks', () => {
  test.each([
    ['https://www.themoviedb.org/tv/209867-sousou-no-frieren', 'tmdb', '209867'],
    ['https://www.themoviedb.org/movie/11299', 'tmdb', '11299'],
    ['http://api.themoviedb.org/3/tv/1396?api_key=abc&language=en', 'tmdb', '1396'],
    ['https://www.thetvdb.com/?tab=series&id=76885', 'tvdb', '76885'],
    ['https://thetvdb.com/index.php?tab=series&id=76885&lid=7', 'tvdb', '76885'],
    ['https://thetvdb.com/dereferrer/series/424536', 'tvdb', '424536'],
    ['http://thetvdb.com/api/1D62F2F90030C444/series/76885/all/en.zip', 'tvdb', '76885'],
    ['https://thetvdb.com/series/cowboy-bebop', 'tvdb', null],
    ['https://www.imdb.com/title/tt0213338/?ref_=nv_sr_1', 'imdb', 'tt0213338'],
    ['imdb.com/title/tt0213338', 'imdb', 'tt0213338'],
    ['https://m.imdb.com/title/tt0213338/', 'imdb', 'tt0213338'],
    ['https://anilist.co/anime/154587/Sousou-no-Frieren/', 'anilist', '154587'],
    ['https://anidb.net/anime/17617', 'anidb', '17617'],
    ['https://anidb.net/a23', 'anidb', '23'],
    ['http://anidb.net/perl-bin/animedb.pl?show=anime&aid=23', 'anidb', '23'],
    ['https://myanimelist.net/anime/52991/Sousou_no_Frieren', 'myanimelist', '52991'],
    ['https://www.tvmaze.com/shows/1080/cowboy-bebop', 'tvmaze', '1080'],
  ])('%s', (url, type, id) => {
    expect(findProviderLinks(`  ${url}.\n`)).toEqual([{ url: url.replace(/\.$/, ''), type, id }]);
  });

  test('ignores other sites and look-alike hosts', () => {
    expect(findProviderLinks('https://example.com/title/tt1 https://notimdb.com.evil/title/tt2')).toEqual([]);
  });

  test('isOnlyLinks accepts links and separators only', () => {
    expect(isOnlyLinks('https://anidb.net/anime/23\r\nhttps://anilist.co/anime/1 ')).toBe(true);
    expect(isOnlyLinks('https://anidb.net/anime/23 and more')).toBe(false);
  });
});

describe('retargetLinks', () => {
  test('moves a link to the new id and drops one whose id was removed', () => {
    const text = 'https://www.thetvdb.com/?tab=series&id=76885\nhttps://anidb.net/anime/23\nhttps://anilist.co/anime/1';
    const ids = new Map([['tvdb', '76886'], ['anidb', ''], ['anilist', '1']]);
    expect(retargetLinks(text, ids)).toBe('https://www.thetvdb.com/?tab=series&id=76886\nhttps://anilist.co/anime/1');
  });
});
