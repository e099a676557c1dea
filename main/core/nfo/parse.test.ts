import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNfo } from './parse';

const codes = (text: string | Uint8Array) => parseNfo(text).problems.map((p) => p.code);

describe('parseNfo', () => {
  test('reads text and bytes alike, with or without BOM and declaration', () => {
    const xml = '<tvshow><title>Cowboy Bebop</title></tvshow>';
    for (const input of [xml, `\uFEFF${xml}`, Buffer.from(xml), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)])]) {
      expect(parseNfo(input)).toMatchObject({ kind: 'tvshow', title: 'Cowboy Bebop', problems: [] });
    }
  });

  test('<uniqueid> wins over legacy ids; legacy ids fill the rest; a bare <id> counts only as tt…', () => {
    const result = parseNfo(`<tvshow>
      <id>999</id>
      <tvdbid>111</tvdbid>
      <uniqueid type="TVDB">76885</uniqueid>
      <imdb_id>tt0213338</imdb_id>
      <tmdbid>30991</tmdbid>
      <id TVMAZE="1080" AniDB="23">tt9999999</id>
      <uniqueid type="imdb">   </uniqueid>
    </tvshow>`);
    expect(result.uniqueIds).toEqual({ tvdb: '76885', imdb: 'tt0213338', tmdb: '30991', tvmaze: '1080', anidb: '23' });
    expect(result.defaultUniqueId).toEqual({ type: 'tvdb', value: '76885' });
  });

  test('the default id is the one marked default, else the first <uniqueid>', () => {
    const marked = parseNfo('<tvshow><uniqueid type="tvdb">1</uniqueid><uniqueid type="tmdb" default="TRUE">2</uniqueid></tvshow>');
    expect(marked.defaultUniqueId).toEqual({ type: 'tmdb', value: '2' });
    expect(parseNfo('<tvshow><tvdbid>1</tvdbid></tvshow>').defaultUniqueId).toBeNull();
  });

  test('an old <rating> counts only when there is no <ratings>', () => {
    const both = parseNfo('<tvshow><rating>7</rating><ratings><rating name="imdb"><value>8,5</value></rating></ratings></tvshow>');
    expect(both.ratings).toEqual([{ source: 'imdb', value: 8.5, votes: null, max: null, default: false }]);
  });

  test('XML followed by a URL line (Kodi combined NFO) fills ids the XML lacks', () => {
    const result = parseNfo('<tvshow><title>X</title><uniqueid type="tvdb">1</uniqueid></tvshow>\nhttps://anilist.co/anime/1\nhttps://thetvdb.com/?tab=series&id=2\n');
    expect(result).toMatchObject({ kind: 'tvshow', urls: ['https://anilist.co/anime/1', 'https://thetvdb.com/?tab=series&id=2'], problems: [] });
    expect(result.uniqueIds).toEqual({ tvdb: '1', anilist: '1' });
  });

  test('comments, processing instructions and CDATA are read through', () => {
    const result = parseNfo('<!-- a --><?xml-stylesheet href="x.xsl"?><tvshow><!-- b --><title>A<!-- c --><![CDATA[ & <B> ]]></title></tvshow>');
    expect(result.title).toBe('A & <B>');
  });

  test('runtime in minutes, negative Kodi placeholders, " / " lists', () => {
    const result = parseNfo('<tvshow><runtime>24 min</runtime><season>-1</season><episode>0</episode><studio>A / B</studio><studio>B</studio></tvshow>');
    expect(result).toMatchObject({ runtime: 24, season: null, episode: 0, studios: ['A', 'B'] });
  });

  test('<episodeguide> that is not a JSON map is a small problem, not an invalid file', () => {
    const result = parseNfo('<tvshow><title>X</title><episodeguide>{"tvdb": </episodeguide></tvshow>');
    expect(result.episodeGuide).toEqual({});
    expect(codes('<tvshow><episodeguide>{"tvdb": </episodeguide></tvshow>')).toEqual(['NFO_VALUE']);
  });

  test('an unknown root is reported; several non-episode roots are reported', () => {
    expect(parseNfo('<musicvideo><title>X</title></musicvideo>')).toMatchObject({ kind: 'unknown', title: 'X' });
    expect(codes('<musicvideo/>')).toEqual(['NFO_INVALID']);
    expect(parseNfo('<tvshow><title>A</title></tvshow><tvshow><title>B</title></tvshow>')).toMatchObject({
      title: 'A',
      problems: [{ code: 'NFO_INVALID', message: expect.stringContaining('more than one root') }],
    });
  });

  test('a "<" in text is reported, and what came before it is kept', () => {
    expect(parseNfo('<tvshow><title>A</title><plot>1 < 2</plot></tvshow>')).toMatchObject({ title: 'A', plot: null, problems: [{ code: 'NFO_INVALID' }] });
  });

  test('characters XML forbids (terminal escapes) never reach a value', () => {
    const result = parseNfo('<tvshow><title>Evil\u001b[2J\u0007 title</title><plot a="\u0000x"><![CDATA[\u001b]]></plot></tvshow>');
    expect(result.title).toBe('Evil[2J title');
    expect(result.plot).toBeNull();
  });

  test('keys like __proto__ cannot pollute prototypes', () => {
    const result = parseNfo(`<tvshow>
      <__proto__><polluted>yes</polluted></__proto__>
      <constructor><prototype><polluted>yes</polluted></prototype></constructor>
      <title __proto__="x" constructor="y">Safe</title>
      <uniqueid type="__proto__">1</uniqueid>
      <episodeguide>{"__proto__": {"polluted": "yes"}, "constructor": "2"}</episodeguide>
      <namedseason number="__proto__">x</namedseason>
    </tvshow>`);
    expect(result.title).toBe('Safe');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.uniqueIds)).toBe(Object.prototype);
    expect(Object.hasOwn(result.uniqueIds, '__proto__')).toBe(true);
    expect(result.episodeGuide).toEqual({ constructor: '2' });
  });

  test('never throws, whatever the input', () => {
    const pieces = fc.constantFrom('<tvshow>', '</tvshow>', '<title>', '</title>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE x [', ']>', '&amp;', '&#0;', '&#x;', '<?xml ?>', '"', "'", '<', '>', '/', '\u0000', '\uFFFF');
    const text = fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.uint8Array({ maxLength: 300 })), (input) => {
        const result = parseNfo(input);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// Plain files skip the guard's scan; its limits must hold exactly the same on that path.
describe('the guard limits on plain XML', () => {
  const nested = (levels: number) => `<tvshow><title>T</title>${'<a>'.repeat(levels - 1)}${'</a>'.repeat(levels - 1)}</tvshow>`;

  test('64 levels are read, 65 are refused', () => {
    expect(parseNfo(nested(64))).toMatchObject({ kind: 'tvshow', title: 'T', problems: [] });
    expect(parseNfo(nested(65)).problems.map((p) => p.code)).toEqual(['NFO_TOO_DEEP']);
  });

  test('20,000 references are read, one more is refused', () => {
    const refs = (n: number) => `<tvshow><title>T</title><plot>${'&amp;'.repeat(n)}</plot></tvshow>`;
    expect(parseNfo(refs(20_000))).toMatchObject({ title: 'T', plot: '&'.repeat(20_000), problems: [] });
    expect(parseNfo(refs(20_001))).toMatchObject({ title: null, problems: [{ code: 'NFO_ENTITIES' }] });
  });
});
