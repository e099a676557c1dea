import stringWidth from 'string-width';
import { printableLines } from '../core/util/printable';

export { printable } from '../core/util/printable';

/** The progress line's own redraw (back to the line's start, clear it), sent first in a chunk. */
export const REDRAW_LINE = '\r\x1b[2K';

export interface TextOut {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Wraps a CLI output stream so that nothing written reaches the terminal as a command: line
 * breaks pass, and so does a chunk's leading REDRAW_LINE (the progress line); every other
 * control character is written out. Commands interpolate names from disk and NFO files into
 * their sentences; this is the one place that makes them all safe.
 */
export function terminalSafe(out: TextOut): TextOut {
  return {
    write(chunk: string) {
      const redraw = chunk.startsWith(REDRAW_LINE);
      const rest = redraw ? chunk.slice(REDRAW_LINE.length) : chunk;
      return out.write((redraw ? REDRAW_LINE : '') + printableLines(rest));
    },
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
  };
}

/** Columns the text takes on a terminal: a kanji or an emoji takes two, a combining mark none. */
export function displayWidth(text: string): number {
  // Most names are plain ASCII: one column each, without segmenting them.
  return PLAIN_ASCII.test(text) ? text.length : stringWidth(text);
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const graphemes = new Intl.Segmenter();

/** The text cut to `width` columns with "…" at the end, never inside a character. */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
}
