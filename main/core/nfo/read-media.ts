import type { NfoActor, NfoArt, NfoRating } from './types';
import { attrOf, childElements, firstChild, indexChildren, indexed, textOf, type ChildIndex } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** `<ratings><rating name max default><value/><votes/></rating></ratings>`, else an old `<rating>`. */
export function readRatings(el: XmlElement, children: ChildIndex = indexChildren(el)): NfoRating[] {
  const ratings: NfoRating[] = [];
  for (const group of indexed(children, 'ratings')) {
    for (const rating of childElements(group, 'rating')) {
      const value = decimal(textOf(firstChild(rating, 'value') ?? rating));
      if (value === null) continue;
      ratings.push({
        source: (attrOf(rating, 'name') ?? '').trim().toLowerCase() || 'default',
        value,
        votes: count(firstChild(rating, 'votes')),
        max: decimal(attrOf(rating, 'max') ?? ''),
        default: attrOf(rating, 'default')?.trim().toLowerCase() === 'true',
      });
    }
  }
  if (ratings.length > 0) return ratings;
  const old = indexed(children, 'rating')[0];
  const value = old ? decimal(textOf(old)) : null;
  if (value === null) return [];
  return [{ source: 'default', value, votes: count(indexed(children, 'votes')[0]), max: null, default: true }];
}

export function readActors(el: XmlElement, children: ChildIndex = indexChildren(el)): NfoActor[] {
  const actors: NfoActor[] = [];
  for (const actor of indexed(children, 'actor')) {
    const name = optionalText(actor, 'name');
    if (!name) continue;
    const order = optionalText(actor, 'order');
    actors.push({
      name,
      role: optionalText(actor, 'role'),
      order: order !== null && /^-?\d+$/.test(order) ? Number(order) : null,
      thumb: optionalText(actor, 'thumb'),
    });
  }
  return actors;
}

/**
 * Artwork URLs: `<thumb aspect=…>` (season art has `type="season" season="N"`), `<fanart>`
 * thumbs (relative to its `url` attribute in old files), and the `<art>` block Kodi exports.
 */
export function readArt(el: XmlElement, defaultAspect: string, children: ChildIndex = indexChildren(el)): NfoArt[] {
  const art: NfoArt[] = [];
  const push = (aspect: string, url: string, season: number | null, preview: string | null) => {
    if (url !== '') art.push({ aspect: aspect.toLowerCase(), url, season, preview: preview || null });
  };
  for (const thumb of indexed(children, 'thumb')) {
    const isSeason = attrOf(thumb, 'type')?.toLowerCase() === 'season';
    const season = isSeason ? integer(attrOf(thumb, 'season') ?? '') : null;
    push(attrOf(thumb, 'aspect')?.trim() || defaultAspect, textOf(thumb), season, attrOf(thumb, 'preview') ?? null);
  }
  for (const fanart of indexed(children, 'fanart')) {
    const base = attrOf(fanart, 'url') ?? '';
    const join = (path: string) => (base && path && !/^[a-z][a-z0-9+.-]*:/i.test(path) ? base + path : path);
    for (const thumb of childElements(fanart, 'thumb')) {
      push('fanart', join(textOf(thumb)), null, join(attrOf(thumb, 'preview') ?? ''));
    }
  }
  for (const block of indexed(children, 'art')) {
    for (const item of childElements(block)) {
      if (item.name.toLowerCase() !== 'season') push(item.name, textOf(item), null, null);
      else for (const seasonItem of childElements(item)) push(seasonItem.name, textOf(seasonItem), integer(attrOf(item, 'num') ?? ''), null);
    }
  }
  return art;
}

function optionalText(el: XmlElement, name: string): string | null {
  const child = firstChild(el, name);
  const text = child ? textOf(child) : '';
  return text === '' ? null : text;
}

function decimal(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

function integer(raw: string): number | null {
  return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

function count(el: XmlElement | undefined): number | null {
  const text = el ? textOf(el).replace(/[,.\s]/g, '') : '';
  return /^\d+$/.test(text) ? Number(text) : null;
}
