// C0 controls, DEL and C1 controls: what a terminal acts on (colours, the window title, the
// clipboard, cursor moves) instead of showing. A folder or file name may hold any of them.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const writtenOut = (c: string) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** A name or path as a terminal can show it: every control character written out (`\n`, `\x1b`). */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, writtenOut);
}

/** The same, for text whose line breaks are its own (a sentence of ours with names in it). */
export function printableLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, writtenOut);
}
