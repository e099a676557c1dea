import { expect, test } from 'vitest';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';

const FILE = [
  '<tvshow>',
  '  <title>Mine</title>', '  <originaltitle>My Original</originaltitle>', '  <sorttitle>My Sort</sorttitle>',
  '  <ratings><rating name="imdb" max="10"><value>7</value></rating></ratings>',
  '  <plot>My plot.</plot>', '  <mpaa>My Rating</mpaa>', '  <uniqueid type="tvdb" default="true">1</uniqueid>',
  '  <genre>My Genre</genre>', '  <tag>My Tag</tag>', '  <premiered>1999-05-05</premiered>', '  <status>Ended</status>',
  '  <studio>My Studio</studio>', '  <actor><name>My Actor</name></actor>', '  <namedseason number="2">My Season</namedseason>',
  '</tvshow>', '',
].join('\n');

const PROVIDER = {
  title: 'Theirs', originalTitle: 'Their Original', sortTitle: 'Their Sort', plot: 'Their plot.', premiered: '2001-01-01', year: 2001,
  status: 'Continuing', mpaa: 'TV-MA', genres: ['Their Genre'], studios: ['Their Studio'], tags: ['Their Tag'],
  rating: { name: 'themoviedb', value: 8, max: 10 }, actors: [{ name: 'Their Actor', role: null, order: 0, thumb: null }],
  namedSeasons: { 2: 'Their Season', 3: 'Their Third' }, uniqueIds: { tvdb: '2', tmdb: '3' }, defaultUniqueId: 'tmdb',
};

test('filling never replaces what the file says, whatever it is given: only what the file lacks is added', () => {
  const filled = mergeNfo(FILE, PROVIDER, { fill: true });
  const before = parseNfo(FILE);
  const after = parseNfo(filled);
  // Everything the file said stands.
  for (const key of ['title', 'originalTitle', 'sortTitle', 'plot', 'premiered', 'status', 'mpaa', 'genres', 'studios', 'tags', 'actors', 'ratings'] as const) {
    expect(after[key], key).toEqual(before[key]);
  }
  expect(after.uniqueIds).toEqual({ tvdb: '1', tmdb: '3' });
  expect(after.defaultUniqueId).toEqual(before.defaultUniqueId);
  // What it lacked is added: the third season's name and the TMDB id. Its premiere gives its year,
  // so no other year is added beside it.
  expect(after.namedSeasons).toEqual({ 2: 'My Season', 3: 'Their Third' });
  expect(filled).not.toContain('<year>');
  expect(after.year).toBe(1999);
  // A file with nothing gets it all.
  expect(parseNfo(mergeNfo('<tvshow><title>Mine</title></tvshow>', PROVIDER, { fill: true }))).toMatchObject({ title: 'Mine', year: 2001, premiered: '2001-01-01', mpaa: 'TV-MA', genres: ['Their Genre'] });
  // Given nothing it lacks, the file is returned as it was.
  expect(mergeNfo(filled, PROVIDER, { fill: true })).toBe(filled);
  // Without `fill`, the provider's values are written (Refresh from provider).
  expect(parseNfo(mergeNfo(FILE, PROVIDER)).mpaa).toBe('TV-MA');
});
