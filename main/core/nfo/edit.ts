import { insertElements, insertionIndex } from './element-order';
import { normalizeValue } from './escape';
import { childElements, element, setText, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

// Edits of a parsed NFO that change as little as possible; each returns whether anything changed.

/** Sets the first `<name>` (removing repeats of it), or adds one; null removes them all. */
export function setSingle(parent: XmlElement, name: string, raw: string | null | undefined): boolean {
  if (raw === undefined) return false;
  const value = raw === null ? '' : normalizeValue(raw);
  const existing = childElements(parent, name);
  const [first, ...repeats] = existing;
  if (value === '') {
    parent.children = parent.children.filter((child) => !existing.includes(child as XmlElement));
    return existing.length > 0;
  }
  if (first && textOf(first) === value && childElements(first).length === 0) return false;
  if (!first) {
    insertElements(parent, [element(name, value)]);
    return true;
  }
  setText(first, value);
  parent.children = parent.children.filter((child) => !repeats.includes(child as XmlElement));
  return true;
}

/** Replaces all `<name>` elements with one per value, where the first of them was. */
export function setList(parent: XmlElement, name: string, raw: readonly string[] | null | undefined): boolean {
  if (raw === undefined) return false;
  const values = [...new Set((raw ?? []).map(normalizeValue).filter((v) => v !== ''))];
  const existing = childElements(parent, name);
  const current = existing.map(textOf);
  if (current.length === values.length && current.every((v, i) => v === values[i])) return false;
  const at = existing[0] ? parent.children.indexOf(existing[0]) : insertionIndex(parent, name);
  parent.children = parent.children.filter((child) => !existing.includes(child as XmlElement));
  insertElements(parent, values.map((v) => element(name, v)), at);
  return true;
}

