// Character references, decoded by us: the parser runs with entity processing off, so no
// declared or external entity is ever expanded. The guard has already bounded their number.

const REFERENCE = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export interface ReferenceCount {
  /** References to code points XML does not allow (`&#0;`, `&#9999999;`, lone surrogates). */
  invalid: number;
}

/** Decodes the five XML entities and numeric references; unknown names stay as written. */
export function decodeReferences(raw: string, count: ReferenceCount): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (_match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    if (!isXmlChar(code)) {
      count.invalid++;
      return '\uFFFD';
    }
    return String.fromCodePoint(code);
  });
}

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
