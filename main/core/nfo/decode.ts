import type { NfoProblem } from './types';

export interface DecodedNfo {
  text: string;
  /** The WHATWG name of the encoding used (utf-8, utf-16le, shift_jis, …). */
  encoding: string;
  problems: NfoProblem[];
}

// The declaration is ASCII in every encoding we sniff this way (UTF-16 is found by BOM or NULs).
const DECLARED = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;

/**
 * Turns the bytes of an NFO file into text: UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM,
 * or by the NUL pattern of `<` without one), or the encoding the XML declaration names
 * (Shift_JIS, Windows-1252, …) when Node's TextDecoder knows it. Bytes that do not decode become
 * U+FFFD and are reported as NFO_ENCODING.
 */
export function decodeNfoBytes(bytes: Uint8Array): DecodedNfo {
  const problems: NfoProblem[] = [];
  const encoding = detectEncoding(bytes, problems);
  const body = bytes.subarray(bomLength(bytes, encoding));
  let text: string;
  try {
    text = strictDecoder(encoding).decode(body);
  } catch {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    problems.push({
      code: 'NFO_ENCODING',
      message: `The file has bytes that are not valid ${label(encoding)}; they were replaced, so save it as UTF-8 in an editor.`,
    });
  }
  return { text, encoding, problems };
}

// A decoder holds no state between whole-buffer decode() calls, so one per encoding serves every file.
const strictDecoders = new Map<string, TextDecoder>();

function strictDecoder(encoding: string): TextDecoder {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    strictDecoders.set(encoding, decoder);
  }
  return decoder;
}

function detectEncoding(bytes: Uint8Array, problems: NfoProblem[]): string {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    problems.push({ code: 'NFO_ENCODING', message: 'The file is UTF-32, which Anishelf cannot read; save it as UTF-8 in an editor.' });
    return 'utf-8';
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  const nulPattern = utf16ByNuls(bytes);
  if (nulPattern) return nulPattern;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  const declared = DECLARED.exec(head)?.[1];
  if (!declared) return 'utf-8';
  const normalised = supportedEncoding(declared);
  if (normalised === null) {
    problems.push({
      code: 'NFO_ENCODING',
      message: `The file declares the encoding "${declared}", which Anishelf cannot read; it was read as UTF-8, so save it as UTF-8 in an editor.`,
    });
    return 'utf-8';
  }
  // A declaration saying UTF-16 on a file without NULs is wrong; its bytes are 8-bit.
  return normalised.startsWith('utf-16') ? 'utf-8' : normalised;
}

/** UTF-16 without a BOM: ASCII characters leave NULs in every other byte. */
function utf16ByNuls(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return null;
}

// Nearly every file declares "UTF-8": the answer per label is kept rather than a decoder built each time.
const supported = new Map<string, string | null>();

function supportedEncoding(declared: string): string | null {
  const known = supported.get(declared);
  if (known !== undefined) return known;
  let encoding: string | null;
  try {
    encoding = new TextDecoder(declared).encoding;
  } catch {
    encoding = null;
  }
  // Labels are at most 40 characters of a small alphabet; the bound keeps a hostile set of files from growing it.
  if (supported.size < 256) supported.set(declared, encoding);
  return encoding;
}

function bomLength(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

function label(encoding: string): string {
  return encoding.toUpperCase().replace('SHIFT_JIS', 'Shift_JIS');
}
