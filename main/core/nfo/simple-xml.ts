import { decodeReferences, type ReferenceCount } from './entities';
import { stripForbidden } from './escape';
import { MAX_DEPTH } from './guard';
import type { XmlAttr, XmlElement, XmlNode } from './xml-tree';

/**
 * The fast path for the XML almost every NFO is: elements, quoted attributes, text with
 * references, comments and the declaration, as Kodi, Jellyfin, Emby and tinyMediaManager write
 * them. It builds the same tree the general parser does, in one pass and without the general
 * parser's intermediate objects. Anything else (other processing instructions, an unquoted or
 * repeated attribute, an unusual tag) returns null and the guard and general parser read the
 * file. It runs before the guard: any DOCTYPE, text outside the root, truncation or nesting
 * deeper than the guard allows makes it step aside; the caller bounds references first.
 */
export function parseSimpleXml(text: string, count: ReferenceCount): XmlNode[] | null {
  // Line ends become "\n", as XML (and the general parser) read them; Windows tools write CRLF.
  const xml = text.indexOf('\r') >= 0 ? text.replace(CR, '\n') : text;
  const top: XmlNode[] = [];
  const stack: XmlElement[] = [];
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    // Most gaps between tags are indentation: checked in place, without slicing and trimming.
    if (textEnd > i && !onlySpace(xml, i, textEnd)) {
      const text = xml.slice(i, textEnd).trim();
      if (text !== '') {
        const parent = stack[stack.length - 1];
        if (!parent) return null;
        parent.children.push({ kind: 'text', value: stripForbidden(decodeReferences(text, count)) });
      }
    }
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === SLASH) {
      const end = xml.indexOf('>', lt + 2);
      const open = stack.pop();
      if (end < 0 || !open || xml.slice(lt + 2, end) !== open.name) return null;
      i = end + 1;
    } else if (c1 === BANG && xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      const parent = stack[stack.length - 1];
      if (end < 0 || !parent) return null;
      parent.children.push({ kind: 'text', value: stripForbidden(xml.slice(lt + 9, end)) });
      i = end + 3;
    } else if (c1 === BANG) {
      if (!xml.startsWith('<!--', lt)) return null;
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return null;
      const parent = stack[stack.length - 1];
      (parent ? parent.children : top).push({ kind: 'comment', value: stripForbidden(xml.slice(lt + 4, end)) });
      i = end + 3;
    } else if (c1 === QUESTION) {
      // Only the declaration, which the tree leaves out; another instruction takes the general path.
      if (lt !== xml.search(NOT_SPACE) || !xml.startsWith('<?xml ', lt)) return null;
      const end = xml.indexOf('?>', lt + 6);
      if (end < 0) return null;
      i = end + 2;
    } else {
      const tag = readTag(xml, lt + 1, count);
      if (tag === null) return null;
      const parent = stack[stack.length - 1];
      (parent ? parent.children : top).push(tag.element);
      if (!tag.selfClosing) {
        // Deeper than the guard allows: the guard refuses the file.
        if (stack.length >= MAX_DEPTH) return null;
        stack.push(tag.element);
      }
      i = tag.end;
    }
  }
  return stack.length === 0 ? top : null;
}

const CR = /\r\n?/g;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const GT = 62;
const NOT_SPACE = /\S/;
// Plain names: ASCII letters, digits, "_", "-", "." and ":", or anything outside ASCII.
const ATTRIBUTE = /\s+([A-Za-z_\u0080-\uffff][\w.:\u0080-\uffff-]*)="([^"<]*)"|\s+([A-Za-z_\u0080-\uffff][\w.:\u0080-\uffff-]*)='([^'<]*)'/y;

interface Tag {
  element: XmlElement;
  selfClosing: boolean;
  end: number;
}

function readTag(xml: string, from: number, count: ReferenceCount): Tag | null {
  let at = from;
  if (!isNameStart(xml.charCodeAt(at))) return null;
  while (isNameChar(xml.charCodeAt(++at)));
  const name = xml.slice(from, at);
  const attrs: XmlAttr[] = [];
  for (;;) {
    let end = at;
    while (isSpace(xml.charCodeAt(end))) end++;
    const c = xml.charCodeAt(end);
    if (c === GT || (c === SLASH && xml.charCodeAt(end + 1) === GT)) {
      return { element: { kind: 'element', name, attrs, children: [] }, selfClosing: c === SLASH, end: c === GT ? end + 1 : end + 2 };
    }
    ATTRIBUTE.lastIndex = at;
    const attr = ATTRIBUTE.exec(xml);
    if (!attr) return null;
    const attrName = attr[1] ?? attr[3]!;
    // A repeated attribute: the general parser decides which one stands.
    if (attrs.some((a) => a.name === attrName)) return null;
    // Values are trimmed, as the general parser does.
    attrs.push({ name: attrName, value: stripForbidden(decodeReferences((attr[2] ?? attr[4]!).trim(), count)) });
    at = ATTRIBUTE.lastIndex;
  }
}

// Character tests written out so a tag costs no regex match objects; they mirror the patterns
// above: a name starts with [A-Za-z_\u0080-\uffff] and goes on with [\w.:\u0080-\uffff-].
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function onlySpace(xml: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(xml.charCodeAt(k))) return false;
  return true;
}
