import { describe, expect, test } from 'vitest';
import { formatTable } from './table';
import { displayWidth } from './terminal-text';

const HEADERS = ['ID', 'TITLE', 'YEAR'];

describe('formatTable', () => {
  test('columns line up by the width a terminal gives each character', () => {
    const text = formatTable(HEADERS, [
      ['1', '進撃の巨人', '2013'],
      ['2', 'Frieren', '2023'],
    ]);
    const lines = text.trimEnd().split('\n');
    // "YEAR" starts at the same terminal column on every line.
    const yearColumn = (line: string) => displayWidth(line.slice(0, line.search(/(YEAR|2013|2023)$/)));
    expect(new Set(lines.map(yearColumn)).size).toBe(1);
    expect(lines[1]).toBe('1   進撃の巨人  2013');
  });

  test('a newline or an escape in a cell is written out and stays on its row', () => {
    const lines = formatTable(HEADERS, [['1', 'New\nLine \x1b[2J', '']]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('1   New\\nLine \\x1b[2J');
  });

  test('on a terminal the shrinkable column is cut with "…" so no line is wider than the terminal', () => {
    const long = `${'Long title '.repeat(20)}end`;
    const rows = [
      ['1', long, '2001'],
      ['22', 'Short', ''],
    ];
    const text = formatTable(HEADERS, rows, { width: 40, shrink: ['TITLE'] });
    for (const line of text.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(text).toContain('…');
    expect(text).toMatch(/^1 +Long title .*… +2001$/m);
    // To a pipe or a file (no width) nothing is cut.
    expect(formatTable(HEADERS, rows, { width: undefined, shrink: ['TITLE'] })).toContain(long);
  });

  test('the widest shrinkable column gives up width first, none below a readable minimum', () => {
    const rows = [['a'.repeat(60), 'b'.repeat(20), 'c'.repeat(30)]];
    const text = formatTable(['ONE', 'TWO', 'THREE'], rows, { width: 90, shrink: ['ONE', 'TWO'] });
    const [cellOne, cellTwo] = text.split('\n')[1]!.split(/ {2,}/);
    expect(displayWidth(cellOne!)).toBe(90 - 2 * 2 - 20 - 30);
    expect(cellTwo).toBe('b'.repeat(20));
    // Narrower still: both give up width, the wider one until they are level.
    const level = formatTable(['ONE', 'TWO', 'THREE'], rows, { width: 70, shrink: ['ONE', 'TWO'] }).split('\n')[1]!;
    expect(level.split(/ {2,}/).map(displayWidth)).toEqual([18, 18, 30]);
    // Too narrow to fit: the columns stop at twelve and the line is left wider.
    const narrow = formatTable(['ONE', 'TWO', 'THREE'], rows, { width: 20, shrink: ['ONE', 'TWO'] }).split('\n')[1]!;
    expect(narrow.split(/ {2,}/).map(displayWidth)).toEqual([12, 12, 30]);
  });
});
