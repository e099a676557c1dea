import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';
import { XML_DECLARATION } from './serialize';

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');

describe('mergeNfo', () => {
  test('creates a new tvshow.nfo with Kodi names and order', () => {
    const text = mergeNfo(null, {
      status: 'Ended',
      genres: ['Animation', 'Action'],
      year: 1998,
      premiered: '1998-04-03',
      plot: 'Bounty hunters in space.',
      title: 'Cowboy Bebop',
      originalTitle: 'カウボーイビバップ',
      sortTitle: 'Cowboy Bebop',
      studios: ['Sunrise'],
      uniqueIds: { tvdb: '76885', tmdb: '30991' },
      defaultUniqueId: 'tmdb',
      episodeGuide: { tvdb: '76885', tmdb: '30991' },
      locked: false,
    });
    expect(text).toBe(
      [
        XML_DECLARATION,
        '<tvshow>',
        '    <title>Cowboy Bebop</title>',
        '    <originaltitle>カウボーイビバップ</originaltitle>',
        '    <sorttitle>Cowboy Bebop</sorttitle>',
        '    <plot>Bounty hunters in space.</plot>',
        '    <episodeguide>{"tvdb":"76885","tmdb":"30991"}</episodeguide>',
        '    <uniqueid type="tvdb">76885</uniqueid>',
        '    <uniqueid type="tmdb" default="true">30991</uniqueid>',
        '    <genre>Animation</genre>',
        '    <genre>Action</genre>',
        '    <premiered>1998-04-03</premiered>',
        '    <year>1998</year>',
        '    <status>Ended</status>',
        '    <studio>Sunrise</studio>',
        '</tvshow>',
        '',
      ].join('\n'),
    );
    expect(XML_DECLARATION).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>');
  });

  test('an empty existing file counts as no file', () => {
    expect(mergeNfo('  \n', { title: 'A' })).toBe(`${XML_DECLARATION}\n<tvshow>\n    <title>A</title>\n</tvshow>\n`);
  });

  test('updates known fields in place and keeps everything else, comments included', () => {
    const existing = corpus('tmm-tvshow.nfo');
    const text = mergeNfo(existing, { title: 'Frieren', plot: 'New plot', genres: ['Fantasy'] });
    const before = parseNfo(existing);
    const after = parseNfo(text);
    expect(after).toMatchObject({ title: 'Frieren', plot: 'New plot', genres: ['Fantasy'] });
    expect({ ...after, title: before.title, plot: before.plot, genres: before.genres }).toEqual(before);
    expect(text).toContain('<!--created on 2024-02-11 10:32:04 - tinyMediaManager 5.0.2-->');
    expect(text).toContain('<!--tinyMediaManager meta data-->');
    expect(text).toContain('<uniqueid default="true" type="tvdb">424536</uniqueid>');
    expect(text).toContain('<user_note />');
    expect(text).toContain('        <profile>https://www.themoviedb.org/person/1254243</profile>');
    // The genre list sits where the old one started; tinyMediaManager's CRLF line ends stay.
    expect(text.indexOf('<genre>Fantasy</genre>')).toBeLessThan(text.indexOf('<studio>'));
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
  });

  test('null removes an element, a list of none removes the list', () => {
    const text = mergeNfo(corpus('kodi-tvshow.nfo'), { sortTitle: null, genres: [], studios: null });
    expect(parseNfo(text)).toMatchObject({ sortTitle: null, genres: [], studios: [] });
    expect(text).not.toContain('<sorttitle>');
  });

  test('adds a missing element where Kodi puts it, next to the elements around it', () => {
    const text = mergeNfo('<tvshow>\n  <title>A</title>\n  <custom>x</custom>\n  <genre>Drama</genre>\n</tvshow>\n', { originalTitle: 'B', year: 2001 });
    expect(text).toBe(
      `${XML_DECLARATION}\n<tvshow>\n    <title>A</title>\n    <originaltitle>B</originaltitle>\n    <custom>x</custom>\n    <genre>Drama</genre>\n    <premiered>2001-01-01</premiered>\n    <year>2001</year>\n</tvshow>\n`,
    );
  });

  test('a known year always comes with a premiere in that year, which Kodi 20 reads the year from', () => {
    expect(parseNfo(mergeNfo(null, { year: 1998 })).premiered).toBe('1998-01-01');
    expect(parseNfo(mergeNfo('<tvshow><premiered>1998-04-03</premiered></tvshow>', { year: 1998 })).premiered).toBe('1998-04-03');
    expect(parseNfo(mergeNfo('<tvshow><premiered>1998-04-03</premiered></tvshow>', { year: 2001 })).premiered).toBe('2001-01-01');
    expect(parseNfo(mergeNfo(null, { year: 1998, premiered: '1998-10-23' }))).toMatchObject({ premiered: '1998-10-23', year: 1998 });
    expect(parseNfo(mergeNfo('<tvshow><premiered>1998-04-03</premiered></tvshow>', { year: null })).premiered).toBe('1998-04-03');
  });

  test('a repeated single element is collapsed when its value changes', () => {
    const text = mergeNfo('<tvshow><title>A</title><title>A2</title></tvshow>', { title: 'B' });
    expect(text.match(/<title>/g)).toHaveLength(1);
    expect(mergeNfo('<tvshow><title>A</title><title>A2</title></tvshow>', { title: 'A' })).toBe('<tvshow><title>A</title><title>A2</title></tvshow>');
  });

  test('returns the existing text itself when nothing changes', () => {
    for (const name of ['kodi-tvshow.nfo', 'jellyfin-tvshow.nfo', 'mediaelch-tvshow.nfo', 'sonarr-tvshow.nfo']) {
      const existing = corpus(name);
      const read = parseNfo(existing);
      const same = mergeNfo(existing, {
        title: read.title,
        genres: read.genres,
        uniqueIds: Object.fromEntries(Object.entries(read.uniqueIds).filter(([type]) => existing.includes(`type="${type}"`))),
        locked: read.locked,
      });
      expect(same, name).toBe(existing);
    }
  });

  test('an episode guide with the same ids in another order or spacing is left as it is', () => {
    const existing = corpus('kodi-tvshow.nfo');
    expect(mergeNfo(existing, { episodeGuide: { tmdb: '209867', tvdb: '424536', imdb: 'tt22248376' } })).toBe(existing);
    const changed = mergeNfo(existing, { episodeGuide: { tmdb: '209867' } });
    expect(changed).toContain('<episodeguide>{"tmdb":"209867"}</episodeguide>');
  });

  test('the old <url> episode guide becomes the JSON map', () => {
    const text = mergeNfo(corpus('kodi-v17-tvshow.nfo'), { episodeGuide: { tvdb: '76885' } });
    expect(text).toContain('<episodeguide>{"tvdb":"76885"}</episodeguide>');
    expect(text).not.toContain('<url');
  });

  describe('unique ids', () => {
    test('updates, adds after the last <uniqueid>, moves the default and keeps legacy ids in step', () => {
      const text = mergeNfo(corpus('sonarr-tvshow.nfo'), { uniqueIds: { tvdb: '76886', anilist: '1' }, defaultUniqueId: 'anilist' });
      const result = parseNfo(text);
      expect(result.uniqueIds).toEqual({ tvdb: '76886', imdb: 'tt0213338', tmdb: '30991', tvmaze: '1080', anilist: '1' });
      expect(result.defaultUniqueId).toEqual({ type: 'anilist', value: '1' });
      expect(text).toContain('<id>76886</id>');
      expect(text).toContain('<uniqueid type="tvdb" default="false">76886</uniqueid>');
      expect(text).toMatch(/<uniqueid type="tvmaze">1080<\/uniqueid>\n\s+<uniqueid type="anilist" default="true">1<\/uniqueid>/);
      // Sonarr's URL line pointed at the old id; Kodi would scrape the wrong show from it.
      expect(text.trimEnd().endsWith('https://www.thetvdb.com/?tab=series&id=76886')).toBe(true);
    });

    test('removing an id removes its legacy elements too', () => {
      const text = mergeNfo(corpus('jellyfin-tvshow.nfo'), { uniqueIds: { tvdb: null, imdb: '' } });
      expect(text).not.toContain('<tvdbid>');
      expect(text).not.toContain('<imdb_id>');
      expect(text).not.toContain('<id>76885</id>');
      expect(parseNfo(text).uniqueIds).toEqual({ tmdb: '30991', anilist: '1' });
    });

    test('an <id> attribute is kept in step', () => {
      const text = mergeNfo('<tvshow><id IMDB="tt1" TVDB="2">tt1</id></tvshow>', { uniqueIds: { imdb: 'tt3' } });
      expect(text).toContain('<id IMDB="tt3" TVDB="2">tt3</id>');
    });

    test('a default type without an id is refused', () => {
      expect(() => mergeNfo(null, { uniqueIds: { tvdb: '1' }, defaultUniqueId: 'tmdb' })).toThrow(expect.objectContaining({ code: 'NFO_FIELDS' }));
    });
  });

  describe('the lock', () => {
    const locked = corpus('bom-no-declaration.nfo');

    test('a locked file is never written', () => {
      expect(() => mergeNfo(locked, { title: 'X' })).toThrow(
        expect.objectContaining({ name: 'AnishelfError', code: 'NFO_LOCKED', message: expect.stringContaining('turn the lock off') }),
      );
      expect(() => mergeNfo(locked, { title: 'X', locked: false })).toThrow(expect.objectContaining({ code: 'NFO_LOCKED' }));
      expect(() => mergeNfo(locked, { locked: true })).toThrow(expect.objectContaining({ code: 'NFO_LOCKED' }));
    });

    test('the user can turn the lock off, and that is all the write changes', () => {
      const text = mergeNfo(locked, { locked: false, title: undefined });
      expect(parseNfo(text)).toMatchObject({ title: 'Handmade', genres: ['Drama'], locked: false, problems: [] });
      expect(text).toContain('<lockdata>false</lockdata>');
      expect(text).toContain('<!-- written by hand, no declaration -->');
      expect(text).toContain('<!-- a comment inside -->');
      expect(mergeNfo(text, { title: 'Now allowed' })).toContain('<title>Now allowed</title>');
    });

    test('locking while saving writes the fields and then the lock', () => {
      const text = mergeNfo('<tvshow><title>A</title></tvshow>', { title: 'B', locked: true });
      expect(parseNfo(text)).toMatchObject({ title: 'B', locked: true });
    });
  });

  test('escapes what XML needs and strips what XML forbids', () => {
    const title = 'A --> B ]]> C & <D> "E" \'F\' \u0001\u0008 G\tH\r\nI 🎬 \uD800';
    const text = mergeNfo(null, { title, plot: '<![CDATA[x]]>' });
    expect(text).toContain('<title>A --&gt; B ]]&gt; C &amp; &lt;D&gt; "E" \'F\'  G\tH&#13;\nI 🎬</title>');
    expect(parseNfo(text)).toMatchObject({ title: 'A --> B ]]> C & <D> "E" \'F\'  G\tH\r\nI 🎬', plot: '<![CDATA[x]]>', problems: [] });
  });

  test('a URL-only NFO gets the details in front of its link', () => {
    const text = mergeNfo(corpus('url-anilist.nfo'), { title: 'Frieren', uniqueIds: { anilist: '154587' } });
    const result = parseNfo(text);
    expect(result).toMatchObject({ kind: 'tvshow', title: 'Frieren', urls: ['https://anilist.co/anime/154587/Sousou-no-Frieren/'], problems: [] });
  });

  test.each([
    ['a truncated file', corpus('broken-truncated.nfo')],
    ['garbage after the root', fs.readFileSync(new URL('./corpus/broken-garbage-after-root.nfo', import.meta.url), 'latin1')],
    ['mismatched tags', corpus('broken-mismatched.nfo')],
    ['a DOCTYPE', '<!DOCTYPE tvshow [<!ENTITY a "b">]><tvshow><title>&a;</title></tvshow>'],
    ['two roots', '<tvshow/><tvshow/>'],
    ['text that is not a link', 'ripped by me'],
  ])('refuses to rewrite %s', (_name, existing) => {
    expect(() => mergeNfo(existing, { title: 'X' })).toThrow(expect.objectContaining({ code: 'NFO_INVALID', message: expect.stringContaining('will not rewrite') }));
  });

  test('refuses a tvshow.nfo that holds a movie', () => {
    expect(() => mergeNfo(corpus('movie.nfo'), { title: 'X' })).toThrow(expect.objectContaining({ code: 'NFO_INVALID', message: expect.stringContaining('<movie>') }));
  });

  test.each([
    [{ year: 98 }, 'four-digit year'],
    [{ year: 1998.5 }, 'four-digit year'],
    [{ premiered: '03/04/1998' }, 'YYYY-MM-DD'],
    [{ premiered: '1998-02-30' }, 'YYYY-MM-DD'],
    [{ uniqueIds: { ' ': '1' } }, 'empty type'],
  ])('refuses bad fields %o', (fields, message) => {
    expect(() => mergeNfo(null, fields)).toThrow(expect.objectContaining({ code: 'NFO_FIELDS', message: expect.stringContaining(message) }));
  });
});
