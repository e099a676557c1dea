import { readNfoDate } from './dates';
import { readIds, toRecord } from './ids';
import { readActors, readArt, readRatings } from './read-media';
import type { NfoDetails, NfoProblem } from './types';
import { indexChildren, indexed, textOf, type ChildIndex } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** Kodi joins several values in one element with " / " (its item separator). */
const ITEM_SEPARATOR = / \/ /;

/** Reads the fields shared by `<tvshow>`, `<episodedetails>` and `<movie>`. */
export function readDetails(el: XmlElement, problems: NfoProblem[]): NfoDetails {
  const where = el.name.toLowerCase();
  const children = indexChildren(el);
  const text = (name: string): string | null => {
    const child = indexed(children, name)[0];
    const value = child ? textOf(child) : '';
    return value === '' ? null : value;
  };
  const integer = (name: string, { negativeIsUnset = true } = {}): number | null => {
    const raw = text(name);
    if (raw === null) return null;
    const match = /^([+-]?\d+)(?:\.0+)?(?:\s*(?:min|mins|minutes))?$/i.exec(raw);
    if (!match) {
      problems.push({ code: 'NFO_VALUE', message: `Anishelf cannot read <${name}> "${clip(raw)}" in <${where}> as a number; fix it in a text editor.` });
      return null;
    }
    const value = Number(match[1]);
    return negativeIsUnset && value < 0 ? null : value;
  };
  const date = (name: string) => {
    const raw = text(name);
    if (raw === null) return { date: null, year: null };
    const reading = readNfoDate(raw);
    if (reading.ok) return reading;
    const why = reading.reason === 'ambiguous' ? `is ambiguous (day/month or month/day?)` : 'cannot be read';
    problems.push({ code: 'NFO_DATE', message: `The date <${name}> "${clip(raw)}" in <${where}> ${why}; write it as YYYY-MM-DD.` });
    return { date: null, year: null };
  };

  const premiered = date('premiered');
  const released = premiered.date || premiered.year ? premiered : date('releasedate');
  const aired = date('aired');
  const { ids, defaultId } = readIds(el, children);
  return {
    title: text('title'),
    originalTitle: text('originaltitle'),
    sortTitle: text('sorttitle'),
    showTitle: text('showtitle'),
    year: integer('year', { negativeIsUnset: true }) || released.year || aired.year || null,
    premiered: released.date,
    aired: aired.date,
    plot: text('plot'),
    outline: text('outline'),
    tagline: text('tagline'),
    status: text('status'),
    runtime: integer('runtime') || null,
    mpaa: text('mpaa') ?? text('certification'),
    uniqueIds: toRecord(ids),
    defaultUniqueId: defaultId,
    genres: list(children, 'genre'),
    tags: list(children, 'tag'),
    studios: list(children, 'studio'),
    ratings: readRatings(el, children),
    actors: readActors(el, children),
    art: readArt(el, where === 'episodedetails' ? 'thumb' : 'poster', children),
    season: integer('season'),
    episode: integer('episode'),
    displaySeason: integer('displayseason'),
    displayEpisode: integer('displayepisode'),
    locked: text('lockdata')?.toLowerCase() === 'true',
  };
}

function list(children: ChildIndex, name: string): string[] {
  const values = new Set<string>();
  for (const child of indexed(children, name)) {
    for (const part of textOf(child).split(ITEM_SEPARATOR)) {
      const value = part.trim();
      if (value !== '') values.add(value);
    }
  }
  return [...values];
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
