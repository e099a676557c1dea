import { insertElements } from './element-order';
import { attrOf, childElements, element, firstChild, setAttr, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

export interface RatingField {
  /** Kodi's rating name: "anilist", "themoviedb", "imdb"… */
  name: string;
  value: number;
  max: number;
  votes?: number | null;
}

/**
 * Sets `<ratings><rating name="…" max="…"><value/><votes/></rating></ratings>` for one source,
 * keeping the other sources' ratings. It is marked default only when no rating is yet.
 */
export function setRating(show: XmlElement, rating: RatingField | null | undefined): boolean {
  if (!rating || !Number.isFinite(rating.value)) return false;
  let ratings = firstChild(show, 'ratings');
  if (!ratings) {
    ratings = element('ratings');
    insertElements(show, [ratings]);
  }
  const value = String(Math.round(rating.value * 10) / 10);
  const votes = rating.votes != null ? String(rating.votes) : null;
  const existing = childElements(ratings, 'rating').find((r) => attrOf(r, 'name')?.toLowerCase() === rating.name);
  if (existing) {
    const same = textOf(firstChild(existing, 'value') ?? element('value', '')) === value && (votes === null || textOf(firstChild(existing, 'votes') ?? element('votes', '')) === votes);
    if (same) return false;
    existing.children = [element('value', value), ...(votes !== null ? [element('votes', votes)] : [])];
    setAttr(existing, 'max', String(rating.max));
    return true;
  }
  const isFirst = childElements(ratings, 'rating').length === 0;
  const attrs = [{ name: 'name', value: rating.name }, { name: 'max', value: String(rating.max) }, ...(isFirst ? [{ name: 'default', value: 'true' }] : [])];
  const el = element('rating', undefined, attrs);
  el.children = [element('value', value), ...(votes !== null ? [element('votes', votes)] : [])];
  ratings.children.push(el);
  return true;
}
