import { expect, test } from 'vitest';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';

test('season names are written as Kodi writes <namedseason number="N">, after the cast, and read back', () => {
  const text = mergeNfo(null, { title: 'Attack on Titan', actors: [{ name: 'Yuki Kaji', role: 'Eren', order: 0, thumb: null }], namedSeasons: { 4: 'The Final Season', 2: 'Season Two & More' } });
  expect(text).toContain(['    </actor>', '    <namedseason number="2">Season Two &amp; More</namedseason>', '    <namedseason number="4">The Final Season</namedseason>'].join('\n'));
  expect(parseNfo(text).namedSeasons).toEqual({ 2: 'Season Two & More', 4: 'The Final Season' });
});

test("a season the file names is renamed in place, the file's other names stay, and the same names change nothing", () => {
  const before = '<tvshow>\n  <title>Show</title>\n  <namedseason number="01">Old name</namedseason>\n  <namedseason number="3">Mine</namedseason>\n  <custom>kept</custom>\n</tvshow>\n';
  const after = mergeNfo(before, { namedSeasons: { 1: 'First Arc', 2: 'Second Arc' } });
  expect(parseNfo(after).namedSeasons).toEqual({ 1: 'First Arc', 2: 'Second Arc', 3: 'Mine' });
  expect(after).not.toContain('Old name');
  // The new season follows the file's last name, before what came after it.
  expect(after.indexOf('number="3"')).toBeLessThan(after.indexOf('number="2"'));
  expect(after.indexOf('number="2"')).toBeLessThan(after.indexOf('<custom>kept</custom>'));
  expect(mergeNfo(after, { namedSeasons: { 1: 'First Arc' } })).toBe(after);
  expect(mergeNfo(before, { namedSeasons: {} })).toBe(before);
  // Empty names are no names.
  expect(mergeNfo(before, { namedSeasons: { 5: '   ' } })).toBe(before);
});
