import { describe, expect, test } from 'vitest';
import { cutToWidth, displayWidth, printable, REDRAW_LINE, terminalSafe } from './terminal-text';

describe('printable', () => {
  test('writes out every C0, DEL and C1 control character and leaves the rest as it is', () => {
    expect(printable('ep \x1b[31mRED\x1b[0m 01\n\t\r\x07\x7f\u009b.mkv')).toBe('ep \\x1b[31mRED\\x1b[0m 01\\n\\t\\r\\x07\\x7f\\x9b.mkv');
    expect(printable('進撃の巨人 第01話 🎬 Café')).toBe('進撃の巨人 第01話 🎬 Café');
  });
});

describe('terminalSafe', () => {
  function capture(isTTY = true) {
    let written = '';
    const out = terminalSafe({ write: (s: string) => (written += s), isTTY, columns: 80 });
    return { out, text: () => written };
  }

  test('line breaks pass; an escape, a bell or a carriage return from a name is written out', () => {
    const { out, text } = capture();
    out.write('Removed Evil\x1b]52;c;cm0gLXJmIH4=\x07 from the library\r\n');
    expect(text()).toBe('Removed Evil\\x1b]52;c;cm0gLXJmIH4=\\x07 from the library\\r\n');
  });

  test("the progress line's own redraw passes at the start of a chunk, and only there", () => {
    const { out, text } = capture();
    out.write(`${REDRAW_LINE}loading 3/10`);
    out.write(`title ${REDRAW_LINE}`);
    expect(text()).toBe(`${REDRAW_LINE}loading 3/10title \\r\\x1b[2K`);
  });

  test('keeps telling whether the stream is a terminal and how wide it is', () => {
    expect(capture(true).out).toMatchObject({ isTTY: true, columns: 80 });
    expect(capture(false).out.isTTY).toBe(false);
  });
});

describe('display width', () => {
  test('kanji and emoji take two columns, combining marks none', () => {
    expect(displayWidth('Show One')).toBe(8);
    expect(displayWidth('進撃の巨人')).toBe(10);
    expect(displayWidth('🎬')).toBe(2);
    expect(displayWidth('Cafe\u0301')).toBe(4);
  });

  test('cutToWidth ends with "…" inside the width and never splits a character', () => {
    expect(cutToWidth('Short', 10)).toBe('Short');
    expect(cutToWidth('A very long series title', 10)).toBe('A very lo…');
    expect(cutToWidth('進撃の巨人', 6)).toBe('進撃…');
    const family = cutToWidth('ab👨‍👩‍👧cd', 4);
    expect(family).toBe('ab…');
    for (const cut of ['進撃の巨人 第01話', 'ab👨‍👩‍👧cd', 'Cafe\u0301 Cafe\u0301']) for (let w = 1; w < 12; w++) expect(displayWidth(cutToWidth(cut, w))).toBeLessThanOrEqual(w);
  });
});
