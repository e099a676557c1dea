import { expect, test } from 'vitest';
import type { MissingRow } from '../../../shared/missing';
import { groupBySeries, missingCsv } from './missing-csv';

const row = (over: Partial<MissingRow>): MissingRow => ({ seriesId: 1, series: 'A', season: 1, episode: 1, title: null, aired: null, state: 'missing', special: false, notWanted: false, ...over });

test('CSV quotes commas, quotes and new lines, and defuses formulas', () => {
  const csv = missingCsv([
    row({ series: 'Hello, "World"', title: 'Line\nbreak', aired: '2025-12-01' }),
    row({ series: '=HYPERLINK("x")', episode: 2, state: 'tba' }),
  ]);
  expect(csv).toBe(
    'Series,Season,Episode,Title,Aired,State\r\n' +
      '"Hello, ""World""",1,1,"Line\nbreak",2025-12-01,missing\r\n' +
      `"'=HYPERLINK(""x"")",1,2,,TBA,tba\r\n`,
  );
});

test('rows are grouped by series in order', () => {
  const groups = groupBySeries([row({ seriesId: 2, series: 'B' }), row({ seriesId: 1 }), row({ seriesId: 2, series: 'B', episode: 3 })]);
  expect(groups.map((g) => [g.series, g.rows.map((r) => r.episode)])).toEqual([['B', [1, 3]], ['A', [1]]]);
});
