import { readNfoDate } from './dates';
import { readIds, toRecord } from './ids';
import { readActors, readArt, readRatings } from './read-media';
import type { NfoDetails, NfoProblem } from './types';
import { childElements, firstChild, textOf } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** Kodi joins several values in one element with " / " (its item separator). */
const ITEM_SEPARATOR = / \/ /;

/** Reads the fields shared by `<tvshow>`, `<episodedetails>` and `<movie>`. */
export function readDetails(el: XmlElement, problems: NfoProblem[]): NfoDetails {
  const where = el.name.toLowerCase();
  const text = (name: string): string | null => {
    const child = firstChild(el, name);
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
  const { ids, defaultId } = readIds(el);
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
    genres: list(el, 'genre'),
    tags: list(el, 'tag'),
    studios: list(el, 'studio'),
    ratings: readRatings(el),
    actors: readActors(el),
    art: readArt(el, where === 'episodedetails' ? 'thumb' : 'poster'),
    season: integer('season'),
    episode: integer('episode'),
    displaySeason: integer('displayseason'),
    displayEpisode: integer('displayepisode'),
    locked: text('lockdata')?.toLowerCase() === 'true',
  };
}

function list(el: XmlElement, name: string): string[] {
  const values = new Set<string>();
  for (const child of childElements(el, name)) {
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
