import { expect, test } from 'vitest';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';

const CAST = [
  { name: 'Atsumi Tanezaki', role: 'Frieren', order: 0, thumb: 'https://img.example/p/a.jpg' },
  { name: 'Kana Ichinose', role: 'Fern', order: 1, thumb: null },
];

test('the cast is written as Kodi writes <actor>: name, role, order, thumb; after the studio', () => {
  const text = mergeNfo(null, { title: 'Frieren', studios: ['Madhouse'], actors: CAST });
  expect(text).toContain(
    [
      '    <studio>Madhouse</studio>',
      '    <actor>',
      '        <name>Atsumi Tanezaki</name>',
      '        <role>Frieren</role>',
      '        <order>0</order>',
      '        <thumb>https://img.example/p/a.jpg</thumb>',
      '    </actor>',
      '    <actor>',
      '        <name>Kana Ichinose</name>',
      '        <role>Fern</role>',
      '        <order>1</order>',
      '    </actor>',
    ].join('\n'),
  );
  // Read back as written.
  expect(parseNfo(text).actors).toEqual([CAST[0], { ...CAST[1], thumb: null }]);
});

test('a new cast replaces the old where it stood; the same cast or no cast given changes nothing', () => {
  const before = '<tvshow>\n  <title>Show</title>\n  <actor><name>Old</name><role>Someone</role></actor>\n  <custom>kept</custom>\n</tvshow>\n';
  const after = mergeNfo(before, { actors: CAST });
  expect(after).not.toContain('<name>Old</name>');
  expect(after.indexOf('<name>Atsumi Tanezaki</name>')).toBeLessThan(after.indexOf('<custom>kept</custom>'));
  expect(mergeNfo(after, { actors: CAST })).toBe(after);
  expect(mergeNfo(before, { title: 'Show' })).toBe(before);
  // Names that are empty after trimming are left out.
  expect(mergeNfo(null, { actors: [{ name: '  ', role: 'x', order: 0, thumb: null }] })).not.toContain('<actor>');
});
