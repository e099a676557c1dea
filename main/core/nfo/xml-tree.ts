// The small XML tree the reader walks and the writer edits. Names are compared case-insensitively
// (tools differ in case; Kodi writes lower case). Attributes keep their order.

export interface XmlAttr {
  name: string;
  value: string;
}

export interface XmlElement {
  kind: 'element';
  name: string;
  attrs: XmlAttr[];
  children: XmlNode[];
}

export interface XmlText {
  kind: 'text';
  value: string;
}

export interface XmlComment {
  kind: 'comment';
  value: string;
}

/** A processing instruction other than the XML declaration, e.g. `<?xml-stylesheet …?>`. */
export interface XmlInstruction {
  kind: 'pi';
  name: string;
  attrs: XmlAttr[];
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlInstruction;

export function element(name: string, text?: string, attrs: XmlAttr[] = []): XmlElement {
  return { kind: 'element', name, attrs, children: text === undefined ? [] : [{ kind: 'text', value: text }] };
}

export function childElements(parent: { children: XmlNode[] }, name?: string): XmlElement[] {
  const lower = name?.toLowerCase();
  const ascii = lower !== undefined && ASCII.test(lower);
  const out: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.kind === 'element' && (lower === undefined || sameName(child.name, lower, ascii))) out.push(child);
  }
  return out;
}

export function firstChild(parent: { children: XmlNode[] }, name: string): XmlElement | undefined {
  const lower = name.toLowerCase();
  const ascii = ASCII.test(lower);
  for (const child of parent.children) {
    if (child.kind === 'element' && sameName(child.name, lower, ascii)) return child;
  }
  return undefined;
}

/**
 * `name` equals `lower` (lower case) ignoring case. The readers look up every field among every
 * child, so most pairs differ in length: lower-casing never shortens a name, and what grows in
 * lower case (İ) is not ASCII, so a name of another length matches only a non-ASCII `lower`.
 * `lowerIsAscii` is worked out once per lookup.
 */
function sameName(name: string, lower: string, lowerIsAscii: boolean): boolean {
  if (name === lower) return true;
  if (name.length !== lower.length && lowerIsAscii) return false;
  return name.toLowerCase() === lower;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * An element's child elements by lower-case name, in file order: the readers look up some thirty
 * fields per element, and one pass over the children answers them all instead of one scan each.
 * A snapshot: build it when reading, never across an edit of the element.
 */
export type ChildIndex = ReadonlyMap<string, readonly XmlElement[]>;

const NO_ELEMENTS: readonly XmlElement[] = [];

export function indexChildren(parent: { children: XmlNode[] }): ChildIndex {
  const index = new Map<string, XmlElement[]>();
  for (const child of parent.children) {
    if (child.kind !== 'element') continue;
    const key = child.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(child);
    else index.set(key, [child]);
  }
  return index;
}

/** The children named `lower` (already lower case) from an index. */
export function indexed(index: ChildIndex, lower: string): readonly XmlElement[] {
  return index.get(lower) ?? NO_ELEMENTS;
}

/** The element's own text (text and CDATA children joined), trimmed. */
export function textOf(el: XmlElement): string {
  let text = '';
  for (const child of el.children) if (child.kind === 'text') text += child.value;
  return text.trim();
}

export function attrOf(el: XmlElement, name: string): string | undefined {
  const lower = name.toLowerCase();
  return el.attrs.find((a) => a.name.toLowerCase() === lower)?.value;
}

export function setAttr(el: XmlElement, name: string, value: string): void {
  const lower = name.toLowerCase();
  const existing = el.attrs.find((a) => a.name.toLowerCase() === lower);
  if (existing) existing.value = value;
  else el.attrs.push({ name, value });
}

export function setText(el: XmlElement, value: string): void {
  el.children = [{ kind: 'text', value }];
}
