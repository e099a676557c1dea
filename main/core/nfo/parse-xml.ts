import { XMLParser } from 'fast-xml-parser';
import { decodeReferences } from './entities';
import { stripForbidden } from './escape';
import type { ReferenceCount } from './entities';
import { countReferences, MAX_DEPTH, MAX_REFERENCES, scanXml } from './guard';
import { parseSimpleXml } from './simple-xml';
import type { NfoProblem } from './types';
import type { XmlAttr, XmlElement, XmlNode } from './xml-tree';

export interface NfoXml {
  /** Top-level nodes in file order: comments, processing instructions and the root element(s). */
  nodes: XmlNode[];
  roots: XmlElement[];
  /** Text after the XML (URL lines in Kodi's combined form, or garbage). */
  tail: string;
  problems: NfoProblem[];
}

const TEXT = '#text';
const COMMENT = '#comment';
const CDATA = '#cdata';
const ATTRS = ':@';
// Names that would be dangerous as object keys get a prefix no XML name can start with; the
// tree turns them back into the names the file used, so the writer keeps them.
const ESCAPED_NAME = '#';
const RISKY_NAMES = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', ATTRS,
]);

const escapeName = (name: string) => (RISKY_NAMES.has(name) ? ESCAPED_NAME + name : name);

// Entity processing is off: the guard removed DOCTYPEs and we decode the standard references
// ourselves, bounded. Values stay strings (no number or boolean guessing).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: TEXT,
  commentPropName: COMMENT,
  cdataPropName: CDATA,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  maxNestedTags: MAX_DEPTH + 1,
  transformTagName: escapeName,
  transformAttributeName: escapeName,
  // No callback here reads the path: without this the parser builds a path string per tag.
  jPath: false,
});

type OrderedItem = Record<string, unknown>;

const NOT_SPACE = /\S/;

/** Guarded parse of an NFO's text into a tree. Never throws; what went wrong is in `problems`. */
export function parseNfoXml(text: string): NfoXml {
  return plainXml(text) ?? guardedXml(text);
}

/**
 * Most files are plain, well-formed XML: the simple path reads them in one pass, without the
 * guard's separate scan. It keeps the guard's limits (references counted first, nesting bounded
 * as it reads) and steps aside at anything the guard would cut, blank or report, so those files
 * still go through the guard.
 */
function plainXml(text: string): NfoXml | null {
  if (countReferences(text) > MAX_REFERENCES) return null;
  const count: ReferenceCount = { invalid: 0 };
  const nodes = parseSimpleXml(text, count);
  if (nodes === null) return null;
  const problems: NfoProblem[] = [];
  if (count.invalid > 0) problems.push(invalidReferences(count.invalid));
  const roots = nodes.filter((node): node is XmlElement => node.kind === 'element');
  return { nodes, roots, tail: '', problems };
}

function invalidReferences(invalid: number): NfoProblem {
  return {
    code: 'NFO_ENTITIES',
    message: `The file has ${invalid} character reference(s) like "&#9999999;" that are not valid characters; they were replaced with "\uFFFD".`,
  };
}

function guardedXml(text: string): NfoXml {
  const scan = scanXml(text);
  const problems = [...scan.problems];
  if (scan.refused || !NOT_SPACE.test(scan.xml)) return { nodes: [], roots: [], tail: scan.tail, problems };
  const count: ReferenceCount = { invalid: 0 };
  const nodes = (scan.problems.length === 0 ? parseSimpleXml(scan.xml, count) : null) ?? parseGeneral(scan.xml, problems, count);
  if (nodes === null) return { nodes: [], roots: [], tail: scan.tail, problems };
  if (count.invalid > 0) problems.push(invalidReferences(count.invalid));
  const roots = nodes.filter((node): node is XmlElement => node.kind === 'element');
  return { nodes, roots, tail: scan.tail, problems };
}

/**
 * fast-xml-parser, for everything the simple path does not take; null when the XML is invalid.
 * Exported so the tests can hold the simple path to the same tree.
 */
export function parseGeneral(xml: string, problems: NfoProblem[], count: ReferenceCount): XmlNode[] | null {
  // The simple path may have counted references before it gave up.
  count.invalid = 0;
  let ordered: OrderedItem[];
  try {
    ordered = parser.parse(xml) as OrderedItem[];
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : String(err);
    problems.push({ code: 'NFO_INVALID', message: `The file is not valid XML (${reason}); fix it in a text editor or let Anishelf write a new one.` });
    return null;
  }
  return convert(ordered, count);
}

// Depth is bounded by the guard and maxNestedTags, so recursion is safe here.
function convert(items: OrderedItem[], count: ReferenceCount): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    const key = Object.keys(item).find((k) => k !== ATTRS);
    if (key === undefined) continue;
    const value = item[key];
    if (key === TEXT) out.push({ kind: 'text', value: stripForbidden(decodeReferences(String(value), count)) });
    else if (key === CDATA) out.push({ kind: 'text', value: stripForbidden(innerText(value)) });
    else if (key === COMMENT) out.push({ kind: 'comment', value: stripForbidden(innerText(value)) });
    else if (key.startsWith('?')) out.push({ kind: 'pi', name: key.slice(1), attrs: attrs(item[ATTRS], count) });
    else {
      const name = key.startsWith(ESCAPED_NAME) ? key.slice(ESCAPED_NAME.length) : key;
      const children = Array.isArray(value) ? convert(value as OrderedItem[], count) : [];
      out.push({ kind: 'element', name, attrs: attrs(item[ATTRS], count), children });
    }
  }
  return out;
}

function innerText(value: unknown): string {
  const first = Array.isArray(value) ? (value[0] as OrderedItem | undefined) : undefined;
  return first === undefined ? '' : String(first[TEXT] ?? '');
}

function attrs(raw: unknown, count: ReferenceCount): XmlAttr[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>).map(([key, value]) => ({
    name: key.startsWith(ESCAPED_NAME) ? key.slice(ESCAPED_NAME.length) : key,
    value: stripForbidden(decodeReferences(typeof value === 'string' ? value : '', count)),
  }));
}
