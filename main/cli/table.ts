import { cutToWidth, displayWidth, printable } from './terminal-text';

export interface TableFit {
  /** The terminal's width; none when the output goes to a file or a pipe (nothing is cut). */
  width: number | undefined;
  /** Headers of the columns that give up width, widest first, when the table is wider. */
  shrink: readonly string[];
}

/** A column cut to fit keeps at least this many columns of text. */
const MIN_SHRUNK = 12;
const GAP = 2;

/**
 * Renders rows as left-aligned columns for people; scripts use --json. Cells are shown
 * printable (a newline in a file name stays on its row), padded by the columns they take on a
 * terminal (kanji take two), and the `shrink` columns are cut with "…" to fit the terminal.
 */
export function formatTable(headers: string[], rows: string[][], fit?: TableFit): string {
  const cells = rows.map((r) => headers.map((_, i) => printable(r[i] ?? '')));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]!))));
  if (fit?.width) shrinkToFit(widths, headers, fit.shrink, fit.width);
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const text = cutToWidth(cell, widths[i]!);
        return i === row.length - 1 ? text : text + ' '.repeat(widths[i]! - displayWidth(text));
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(headers), ...cells.map(line)].join('\n') + '\n';
}

/** Narrows the shrinkable columns, the widest first, until the table fits or none can give more. */
function shrinkToFit(widths: number[], headers: readonly string[], shrink: readonly string[], width: number): void {
  const shrinkable = shrink.map((h) => headers.indexOf(h)).filter((i) => i >= 0);
  let over = widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1) - width;
  while (over > 0) {
    const widest = shrinkable.filter((i) => widths[i]! > Math.max(MIN_SHRUNK, displayWidth(headers[i]!))).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) return;
    widths[widest] = widths[widest]! - 1;
    over--;
  }
}
