import { insertElements, insertionIndex } from './element-order';
import { normalizeValue } from './escape';
import type { NfoActor } from './types';
import { childElements, element, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

/**
 * Replaces every `<actor>` with one per cast member, in Kodi's form (name, role, order, thumb),
 * where the first of them was. Returns whether anything changed.
 */
export function setActors(show: XmlElement, actors: readonly NfoActor[] | null | undefined): boolean {
  if (actors === undefined) return false;
  const wanted = (actors ?? []).filter((a) => normalizeValue(a.name) !== '').map(actorElement);
  const existing = childElements(show, 'actor');
  if (existing.length === wanted.length && existing.every((el, i) => sameActor(el, wanted[i]!))) return false;
  const at = existing[0] ? show.children.indexOf(existing[0]) : insertionIndex(show, 'actor');
  show.children = show.children.filter((child) => !existing.includes(child as XmlElement));
  insertElements(show, wanted, at);
  return true;
}

function actorElement(actor: NfoActor): XmlElement {
  const el = element('actor');
  el.children = [
    element('name', normalizeValue(actor.name)),
    ...(actor.role ? [element('role', normalizeValue(actor.role))] : []),
    ...(actor.order !== null ? [element('order', String(actor.order))] : []),
    ...(actor.thumb ? [element('thumb', normalizeValue(actor.thumb))] : []),
  ];
  return el;
}

function sameActor(a: XmlElement, b: XmlElement): boolean {
  const fields = (el: XmlElement) => childElements(el).map((c) => `${c.name.toLowerCase()}=${textOf(c)}`).join('\n');
  return fields(a) === fields(b);
}
