import { AnishelfError } from '../errors';
import { insertElements, insertionIndex } from './element-order';
import { normalizeValue } from './escape';
import { LEGACY_ID_ELEMENTS, readIds } from './ids';
import { attrOf, childElements, element, setAttr, setText, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

/**
 * Sets `<uniqueid type="…">` per provider (null or '' removes one) and which one is
 * `default="true"`. Legacy id elements of the same provider are kept in step, so a reader that
 * prefers them does not see the old id: `<tvdbid>`, `<imdb_id>`, …, an `<id TVDB="…">`
 * attribute, and a bare `<id>` that held the old id.
 */
export function setUniqueIds(
  show: XmlElement,
  ids: Readonly<Record<string, string | null>> | undefined,
  defaultType: string | null | undefined,
): boolean {
  let changed = false;
  const before = readIds(show).ids;
  for (const [type, value] of normalizedIds(ids)) {
    changed = setUniqueId(show, type, value) || changed;
    changed = setLegacyIds(show, type, value, before.get(type)) || changed;
  }
  if (defaultType !== undefined) changed = setDefault(show, defaultType) || changed;
  return changed;
}

/** Provider type (lower case) → id as it will be written; '' means "remove". */
export function normalizedIds(ids: Readonly<Record<string, string | null>> | undefined): Map<string, string> {
  return new Map(Object.entries(ids ?? {}).map(([type, id]) => [normalizeValue(type).toLowerCase(), normalizeValue(id ?? '')]));
}

const typeOf = (uid: XmlElement) => (attrOf(uid, 'type') ?? '').trim().toLowerCase();

function setUniqueId(show: XmlElement, type: string, value: string): boolean {
  const existing = childElements(show, 'uniqueid').filter((uid) => typeOf(uid) === type);
  const [first, ...repeats] = existing;
  if (value === '' || (first && textOf(first) !== value)) {
    const drop = value === '' ? existing : repeats;
    show.children = show.children.filter((child) => !drop.includes(child as XmlElement));
    if (first && value !== '') setText(first, value);
    return existing.length > 0;
  }
  if (first) return false;
  const all = childElements(show, 'uniqueid');
  const last = all[all.length - 1];
  const at = last ? show.children.indexOf(last) + 1 : insertionIndex(show, 'uniqueid');
  insertElements(show, [element('uniqueid', value, [{ name: 'type', value: type }])], at);
  return true;
}

function setLegacyIds(show: XmlElement, type: string, value: string, oldValue: string | undefined): boolean {
  let changed = false;
  const drop = new Set<XmlElement>();
  for (const child of childElements(show)) {
    const name = child.name.toLowerCase();
    if (Object.hasOwn(LEGACY_ID_ELEMENTS, name) && LEGACY_ID_ELEMENTS[name] === type && textOf(child) !== value) {
      if (value === '') drop.add(child);
      else setText(child, value);
      changed = true;
    } else if (name === 'id') {
      const attr = child.attrs.find((a) => a.name.toLowerCase() === type);
      if (attr && attr.value !== value) {
        if (value === '') child.attrs = child.attrs.filter((a) => a !== attr);
        else attr.value = value;
        changed = true;
      }
      if (oldValue !== undefined && oldValue !== value && textOf(child) === oldValue) {
        if (value === '') drop.add(child);
        else setText(child, value);
        changed = true;
      }
    }
  }
  if (drop.size > 0) show.children = show.children.filter((child) => !drop.has(child as XmlElement));
  return changed;
}

function setDefault(show: XmlElement, defaultType: string | null): boolean {
  const type = defaultType === null ? null : normalizeValue(defaultType).toLowerCase();
  const all = childElements(show, 'uniqueid');
  const chosen = type === null ? undefined : all.find((uid) => typeOf(uid) === type && textOf(uid) !== '');
  if (type !== null && !chosen) {
    throw new AnishelfError('NFO_FIELDS', `The default id type "${type}" has no id in this tvshow.nfo; give its id too and save again.`);
  }
  let changed = false;
  for (const uid of all) {
    const isDefault = attrOf(uid, 'default')?.trim().toLowerCase() === 'true';
    if (uid === chosen && !isDefault) setAttr(uid, 'default', 'true');
    else if (uid !== chosen && isDefault) setAttr(uid, 'default', 'false');
    else continue;
    changed = true;
  }
  return changed;
}
