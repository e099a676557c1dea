// Escaping for everything the writer puts into an NFO, so any string survives a round trip.

// Characters XML 1.0 forbids (all C0 controls but tab, newline and carriage return; U+FFFE,
// U+FFFF) and lone surrogates, which no encoding can write.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML 1.0 forbids (hostile files carry terminal escapes; writers may not write them). */
export function stripForbidden(value: string): string {
  // Every value read passes here; a plain character class rules out most of them cheaply.
  return MAYBE_FORBIDDEN.test(value) ? value.replace(FORBIDDEN, '') : value;
}

/** Any character FORBIDDEN may match, surrogates of valid pairs included. */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** What a value becomes once written and read back: forbidden characters gone, ends trimmed. */
export function normalizeValue(value: string): string {
  return stripForbidden(value).trim();
}

/**
 * Element text: `&` and `<` must be escaped; `>` is too, so `]]>` and `-->` cannot appear. A
 * carriage return is written as a reference, because XML parsers turn a raw one into a newline.
 */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Attribute values (always written in double quotes); whitespace other than space is kept by reference. */
export function escapeAttr(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Comment text: `--` may not appear inside a comment, nor `-` at its end. */
export function safeComment(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/--/g, '- -').replace(/-$/, '- ');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };
