import { insertElements, insertionIndex } from './element-order';
import { normalizeValue } from './escape';
import { attrOf, childElements, element, setText, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

/**
 * Sets `<namedseason number="N">Name</namedseason>` for each season given (Kodi 18+ reads a
 * season's name from there). A season the file already names is renamed in place; seasons not
 * given keep their names, since a name the user wrote is never dropped. Returns whether anything
 * changed.
 */
export function setNamedSeasons(show: XmlElement, names: Readonly<Record<number, string>> | undefined): boolean {
  if (names === undefined) return false;
  const existing = childElements(show, 'namedseason');
  let changed = false;
  const added: XmlElement[] = [];
  for (const [number, raw] of Object.entries(names).sort(([a], [b]) => Number(a) - Number(b))) {
    const name = normalizeValue(raw);
    if (name === '' || !/^\d{1,4}$/.test(number)) continue;
    const current = existing.find((el) => numberOf(el) === Number(number));
    if (!current) {
      added.push(element('namedseason', name, [{ name: 'number', value: String(Number(number)) }]));
    } else if (textOf(current) !== name) {
      setText(current, name);
      changed = true;
    }
  }
  if (added.length === 0) return changed;
  const last = existing[existing.length - 1];
  insertElements(show, added, last ? show.children.indexOf(last) + 1 : insertionIndex(show, 'namedseason'));
  return true;
}

function numberOf(el: XmlElement): number | null {
  const number = (attrOf(el, 'number') ?? '').trim();
  return /^\d{1,4}$/.test(number) ? Number(number) : null;
}
