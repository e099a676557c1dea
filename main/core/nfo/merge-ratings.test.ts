import { expect, test } from 'vitest';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';

const parseTvshowText = (text: string) => parseNfo(text);

test('tags and a rating are set beside what the file has, and the rating of another source is kept', () => {
  const existing = '<tvshow>\n  <title>Frieren</title>\n  <ratings>\n    <rating name="imdb" max="10" default="true"><value>8.9</value><votes>100</votes></rating>\n  </ratings>\n  <custom>kept</custom>\n</tvshow>\n';
  const merged = mergeNfo(existing, { tags: ['Magic', 'Travel'], rating: { name: 'anilist', value: 9.06, max: 10 } });
  expect(merged).toContain('<custom>kept</custom>');
  expect(merged).toContain('<tag>Magic</tag>');
  expect(merged).toMatch(/<rating name="imdb" max="10" default="true">\s*<value>8.9<\/value>/);
  expect(merged).toMatch(/<rating name="anilist" max="10">\s*<value>9.1<\/value>/);
  expect(parseTvshowText(merged).ratings.map((r) => [r.source, r.value, r.default])).toEqual([
    ['imdb', 8.9, true],
    ['anilist', 9.1, false],
  ]);
  // The same rating again changes nothing.
  expect(mergeNfo(merged, { tags: ['Magic', 'Travel'], rating: { name: 'anilist', value: 9.06, max: 10 } })).toBe(merged);
});

test('a new file gets its first rating as the default', () => {
  const created = mergeNfo(null, { title: 'Dark', rating: { name: 'themoviedb', value: 8.4, max: 10, votes: 6500 } });
  expect(parseTvshowText(created).ratings).toEqual([{ source: 'themoviedb', value: 8.4, votes: 6500, max: 10, default: true }]);
});
