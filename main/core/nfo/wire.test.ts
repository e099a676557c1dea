import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseNfo } from './parse';
import type { NfoReadResult } from './types';
import { readResults, writeResult, type NfoWire } from './wire';

const corpusDir = new URL('./corpus/', import.meta.url);

function roundTrip(results: NfoReadResult[]): NfoReadResult[] {
  const wire: NfoWire = [];
  for (const result of results) writeResult(result, wire);
  // What the worker sends is copied to the main thread: the list holds plain values only.
  return readResults(structuredClone(wire));
}

describe('NFO results between threads', () => {
  test('every corpus file reads back exactly as parsed, in order', () => {
    const results = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.nfo')).map((f) => parseNfo(fs.readFileSync(new URL(f, corpusDir))));
    expect(results.length).toBeGreaterThan(10);
    expect(roundTrip(results)).toStrictEqual(results);
  });

  test('every field, several episodes, odd provider names and problems survive', () => {
    const episode = (n: number, extra = '') =>
      `<episodedetails><title>Ep ${n}</title><season>1</season><episode>${n}</episode><displayseason>0</displayseason><displayepisode>${n + 1}</displayepisode>` +
      `<uniqueid type="tmdb" default="true">${n}</uniqueid><uniqueid type="__proto__">p${n}</uniqueid><aired>2024-01-0${n}</aired>${extra}</episodedetails>`;
    const files = [
      `<tvshow><title>T</title><originaltitle>O</originaltitle><sorttitle>S</sorttitle><showtitle>Sh</showtitle><year>2001</year><premiered>2001-02-03</premiered>` +
        `<plot>P &amp; 😀</plot><outline>Ou</outline><tagline>Ta</tagline><status>Ended</status><runtime>24</runtime><mpaa>TV-14</mpaa>` +
        `<uniqueid type="tvdb" default="true">1</uniqueid><uniqueid type="constructor">2</uniqueid><genre>A / B</genre><tag>t</tag><studio>s</studio>` +
        `<ratings><rating name="tmdb" max="10" default="true"><value>8.5</value><votes>12</votes></rating><rating name="imdb"><value>7</value></rating></ratings>` +
        `<actor><name>N</name><role>R</role><order>0</order><thumb>http://x/a.jpg</thumb></actor><actor><name>M</name></actor>` +
        `<thumb aspect="poster" preview="http://x/p.jpg">http://x/o.jpg</thumb><thumb aspect="poster" type="season" season="1">http://x/s.jpg</thumb>` +
        `<namedseason number="1">One</namedseason><episodeguide>{"tmdb":"5"}</episodeguide><lockdata>true</lockdata><year>x</year></tvshow>`,
      `<episodes>${episode(1)}${episode(2, '<title>again</title>')}</episodes>\nhttps://www.imdb.com/title/tt0903747/\n`,
      'https://anidb.net/anime/1234',
      '',
      '<tvshow><title>broken',
    ];
    const results = files.map((f) => parseNfo(f));
    expect(results[0]!.ratings).toHaveLength(2);
    expect(results[1]!.episodes).toHaveLength(2);
    expect(results.every((r, i) => i < 2 || r.problems.length > 0 || r.kind === 'url-only')).toBe(true);
    const back = roundTrip(results);
    expect(back).toStrictEqual(results);
    expect(Object.getPrototypeOf(back[1]!.episodes[0]!.uniqueIds)).toBe(Object.prototype);
    expect(Object.keys(back[1]!.episodes[0]!.uniqueIds)).toEqual(['tmdb', '__proto__']);
  });
});
