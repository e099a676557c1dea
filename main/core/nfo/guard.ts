import type { NfoProblem } from './types';

/** NFO files are small; anything bigger is not an NFO (or is an attack). */
export const MAX_NFO_BYTES = 5 * 1024 * 1024;
/** Kodi's deepest structure is tvshow/fileinfo/streamdetails/video/codec. */
export const MAX_DEPTH = 64;
/** A real NFO has a few dozen `&…;` references; a million of them is an attack. */
export const MAX_REFERENCES = 20_000;

export interface XmlScan {
  /** The XML to hand to the parser: ends where the XML ends, DOCTYPEs blanked out. */
  xml: string;
  /** Text after the XML (Kodi's "XML then URL" form, or garbage). */
  tail: string;
  /** Top-level elements seen. */
  roots: number;
  problems: NfoProblem[];
  /** Nothing may be parsed: the problems say why. */
  refused: boolean;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;

/**
 * One linear pass over the text before any parser sees it: finds where the XML ends and what
 * follows it, cuts the XML at a truncation or a structural error, removes DOCTYPEs (so no entity
 * is ever declared or fetched), and refuses deep nesting and floods of references early.
 */
export function scanXml(text: string): XmlScan {
  const problems: NfoProblem[] = [];
  const doctypes: [number, number][] = [];
  const stack: string[] = [];
  const n = text.length;
  let roots = 0;
  let cut = n;
  let tailStart = n;
  let i = 0;

  const stop = (at: number, problem: NfoProblem) => {
    cut = at;
    problems.push(problem);
  };
  // Text outside every element ends the XML: what follows is Kodi's URL line, or garbage.
  const startTail = (at: number) => {
    tailStart = at;
    cut = at;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== LT) {
      if (stack.length > 0) {
        const next = text.indexOf('<', i);
        i = next < 0 ? n : next;
      } else if (isSpace(c)) {
        i++;
      } else {
        startTail(i);
        break;
      }
      continue;
    }
    const c1 = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) {
        stop(i, truncated());
        break;
      }
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i) && stack.length > 0) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) {
        stop(i, truncated());
        break;
      }
      i = end + 3;
    } else if (c1 === BANG && startsWithIgnoreCase(text, '<!DOCTYPE', i)) {
      const end = doctypeEnd(text, i + 9);
      if (end < 0) {
        stop(i, { code: 'NFO_ENTITIES', message: 'The file has an unfinished DOCTYPE; remove it in a text editor.' });
        break;
      }
      doctypes.push([i, end]);
      i = end;
    } else if (c1 === BANG) {
      stop(i, invalid('has a "<!" declaration Anishelf does not accept'));
      break;
    } else if (c1 === QUESTION) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) {
        stop(i, truncated());
        break;
      }
      i = end + 2;
    } else if (c1 === SLASH) {
      const end = text.indexOf('>', i + 2);
      if (end < 0) {
        stop(i, truncated());
        break;
      }
      const name = text.slice(i + 2, end).trim();
      if (stack[stack.length - 1] !== name) {
        const open = stack[stack.length - 1];
        stop(i, invalid(open ? `closes <${open}> with </${name}>` : `has a stray </${name}>`));
        break;
      }
      stack.pop();
      i = end + 1;
    } else if (isNameStart(c1)) {
      const end = tagEnd(text, i + 1);
      if (end < 0) {
        stop(i, end === -1 ? truncated() : invalid('has a start tag without its closing ">"'));
        break;
      }
      if (stack.length === 0) roots++;
      if (text.charCodeAt(end - 1) !== SLASH) {
        stack.push(text.slice(i + 1, nameEnd(text, i + 1, end)));
        if (stack.length > MAX_DEPTH) {
          problems.push({ code: 'NFO_TOO_DEEP', message: `The file nests elements more than ${MAX_DEPTH} levels deep, so it was not read; it is not a real NFO file.` });
          return { xml: '', tail: '', roots, problems, refused: true };
        }
      }
      i = end + 1;
    } else if (stack.length === 0) {
      startTail(i);
      break;
    } else {
      stop(i, invalid('has a "<" that does not start an element (write it as &lt;)'));
      break;
    }
  }
  if (stack.length > 0 && !problems.some((p) => p.code === 'NFO_TRUNCATED' || p.code === 'NFO_INVALID')) {
    problems.push(truncated());
  }
  if (doctypes.length > 0) problems.push(doctypeProblem(text, doctypes));
  const xml = withoutRanges(text, cut, doctypes);
  if (countReferences(xml) > MAX_REFERENCES) {
    problems.push({ code: 'NFO_ENTITIES', message: `The file has more than ${MAX_REFERENCES} "&…;" references, so it was not read; it is not a real NFO file.` });
    return { xml: '', tail: '', roots, problems, refused: true };
  }
  return { xml, tail: tailStart < n ? text.slice(tailStart) : '', roots, problems, refused: false };
}

function truncated(): NfoProblem {
  return { code: 'NFO_TRUNCATED', message: 'The file ends in the middle of its XML (it was cut off); what came before was read, so save it again from the tool that made it.' };
}

function invalid(what: string): NfoProblem {
  return { code: 'NFO_INVALID', message: `The file ${what}; the rest of it was not read, so fix it in a text editor.` };
}

function doctypeProblem(text: string, doctypes: [number, number][]): NfoProblem {
  const body = doctypes.map(([s, e]) => text.slice(s, e)).join('');
  const external = /\b(SYSTEM|PUBLIC)\b/.test(body);
  const what = external ? 'refers to external entities' : /<!ENTITY/i.test(body) ? 'declares its own entities' : 'has a DOCTYPE';
  const count = doctypes.length > 1 ? ` (${doctypes.length} DOCTYPEs)` : '';
  return { code: 'NFO_ENTITIES', message: `The file ${what}${count}, which Anishelf ignores; remove the DOCTYPE in a text editor.` };
}

/** The index just past the DOCTYPE's closing `>`, honouring quotes and an internal subset. */
function doctypeEnd(text: string, from: number): number {
  let quote = 0;
  let subset = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) subset = true;
    else if (c === 93) subset = false;
    else if (c === GT && !subset) return i + 1;
  }
  return -1;
}

/** The text before `end` without the given ranges (DOCTYPEs): one join, however many. */
function withoutRanges(text: string, end: number, ranges: [number, number][]): string {
  if (ranges.length === 0) return text.slice(0, end);
  const parts: string[] = [];
  let from = 0;
  for (const [start, stopAt] of ranges) {
    if (start >= end) break;
    parts.push(text.slice(from, start));
    from = stopAt;
  }
  parts.push(text.slice(from, Math.max(from, end)));
  return parts.join('');
}

/** The index of a start tag's `>` (skipping quoted values); -1 at the end of the text, -2 at a `<`. */
function tagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === GT) return i;
    else if (c === LT) return -2;
  }
  return -1;
}

function nameEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== SLASH) i++;
  return i;
}

/** `&` characters, counted up to one past the limit. */
export function countReferences(xml: string): number {
  let count = 0;
  for (let i = xml.indexOf('&'); i >= 0 && count <= MAX_REFERENCES; i = xml.indexOf('&', i + 1)) count++;
  return count;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// Letters, `_`, `:` and anything outside ASCII (names may be Japanese).
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
}

function startsWithIgnoreCase(text: string, prefix: string, at: number): boolean {
  return text.slice(at, at + prefix.length).toUpperCase() === prefix;
}
