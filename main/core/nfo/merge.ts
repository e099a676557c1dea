import { AnishelfError } from '../errors';
import { readNfoDate } from './dates';
import { normalizeValue } from './escape';
import { parseNfoXml } from './parse-xml';
import { readEpisodeGuide } from './read-tvshow';
import { serializeDocument } from './serialize';
import { BLOCKING_PROBLEMS } from './types';
import type { TvshowFields } from './types';
import { isOnlyLinks, retargetLinks } from './url-only';
import { setList, setSingle } from './edit';
import { setActors } from './merge-actors';
import { setNamedSeasons } from './merge-named-seasons';
import { lackingFields } from './lacking-fields';
import { setRating } from './merge-ratings';
import { normalizedIds, setUniqueIds } from './merge-ids';
import { childElements, element, firstChild, textOf } from './xml-tree';
import type { XmlElement, XmlNode } from './xml-tree';

interface NfoDocument {
  nodes: XmlNode[];
  show: XmlElement;
  tail: string;
  newline: string;
}

/**
 * Updates the fields Anishelf knows in a tvshow.nfo and keeps everything else — unknown
 * elements, attributes, comments, a URL line after the XML — in place. New elements go where
 * Kodi writes them. `existingText` null (or empty) makes a new `<tvshow>` file.
 *
 * `fill`: only what the file does not say yet is written (see lacking-fields.ts).
 *
 * Returns `existingText` itself when no value changes, so callers can skip the write. Throws
 * AnishelfError NFO_LOCKED for a file with `<lockdata>true</lockdata>`, unless the only change is
 * `{ locked: false }` (the user turning the lock off), and NFO_INVALID for a file that cannot be
 * read safely (rewriting it could lose what we did not understand).
 */
export function mergeNfo(existingText: string | null, given: TvshowFields, options: { fill?: boolean } = {}): string {
  validateFields(given);
  const fresh = existingText === null || existingText.trim() === '';
  const doc = fresh ? newDocument() : openDocument(existingText);
  const fields = options.fill ? lackingFields(doc.show, given) : given;
  if (isLocked(doc.show)) {
    const keys = Object.entries(fields).filter(([, value]) => value !== undefined).map(([key]) => key);
    if (!(fields.locked === false && keys.every((key) => key === 'locked'))) {
      throw new AnishelfError('NFO_LOCKED', 'This tvshow.nfo is locked (<lockdata>true</lockdata>), so Anishelf leaves it as it is; turn the lock off to let Anishelf update it.');
    }
  }
  // Filling keeps the file's premiere even when the year it fills in is another one.
  const premiered = options.fill && firstChild(doc.show, 'premiered') ? undefined : premieredFor(doc.show, fields);
  const changes = [
    setSingle(doc.show, 'title', fields.title),
    setSingle(doc.show, 'originaltitle', fields.originalTitle),
    setSingle(doc.show, 'sorttitle', fields.sortTitle),
    setSingle(doc.show, 'plot', fields.plot),
    setSingle(doc.show, 'premiered', premiered),
    // Jellyfin writes the premiere twice; the reader falls back to it, so it follows.
    firstChild(doc.show, 'releasedate') !== undefined && setSingle(doc.show, 'releasedate', premiered),
    setSingle(doc.show, 'year', fields.year === undefined || fields.year === null ? fields.year : String(fields.year)),
    setSingle(doc.show, 'status', fields.status),
    setSingle(doc.show, 'mpaa', fields.mpaa),
    setList(doc.show, 'genre', fields.genres),
    setList(doc.show, 'studio', fields.studios),
    setList(doc.show, 'tag', fields.tags),
    setActors(doc.show, fields.actors),
    setNamedSeasons(doc.show, fields.namedSeasons),
    setRating(doc.show, fields.rating),
    setUniqueIds(doc.show, fields.uniqueIds, fields.defaultUniqueId),
    setEpisodeGuide(doc.show, fields.episodeGuide !== undefined ? fields.episodeGuide : guideInStep(doc.show, fields.uniqueIds)),
    setLock(doc.show, fields.locked),
  ];
  if (!fresh && !changes.includes(true)) return existingText;
  return serializeDocument(doc.nodes, retargetLinks(doc.tail, normalizedIds(fields.uniqueIds)), doc.newline);
}

/**
 * Kodi 20 takes a show's year from <premiered> only: a <year> alone shows as 1970. So a known year
 * always comes with a premiere date, the 1st of January when only the year is known; a premiere
 * already in that year is kept.
 */
function premieredFor(show: XmlElement, fields: TvshowFields): string | null | undefined {
  if (fields.premiered !== undefined && fields.premiered !== null && fields.premiered !== '') return fields.premiered;
  if (fields.year === undefined) return fields.premiered;
  if (fields.year === null) return fields.premiered === undefined ? undefined : null;
  const current = firstChild(show, 'premiered');
  const reading = current ? readNfoDate(textOf(current)) : null;
  if (reading?.ok && reading.date && reading.year === fields.year) return undefined;
  return `${fields.year}-01-01`;
}

function newDocument(): NfoDocument {
  const show = element('tvshow');
  return { nodes: [show], show, tail: '', newline: '\n' };
}

function openDocument(text: string): NfoDocument {
  const xml = parseNfoXml(text.replace(/^\uFEFF/, ''));
  const blocking = xml.problems.find((p) => BLOCKING_PROBLEMS.has(p.code));
  if (blocking) throw unsafe(blocking.message);
  if (xml.tail.trim() !== '' && !isOnlyLinks(xml.tail)) throw unsafe('The file has text after its XML that is not a provider link.');
  if (xml.roots.length > 1) throw unsafe('The file has more than one root element.');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const [root] = xml.roots;
  if (!root) {
    // A URL-only NFO: the details go in front of the link, Kodi's combined form.
    const show = element('tvshow');
    return { nodes: [...xml.nodes, show], show, tail: xml.tail, newline };
  }
  if (root.name.toLowerCase() !== 'tvshow') {
    throw new AnishelfError('NFO_INVALID', `This tvshow.nfo holds <${root.name}> details, not a TV show, so Anishelf leaves it as it is; rename or remove it.`);
  }
  return { nodes: xml.nodes, show: root, tail: xml.tail, newline };
}

function unsafe(reason: string): AnishelfError {
  return new AnishelfError('NFO_INVALID', `Anishelf will not rewrite this tvshow.nfo because it cannot be read safely: ${reason}`);
}

function isLocked(show: XmlElement): boolean {
  const lock = firstChild(show, 'lockdata');
  return lock !== undefined && textOf(lock).toLowerCase() === 'true';
}

/**
 * The episode guide names ids too (and the reader takes ids from it): when an id it names
 * changes or goes, the guide follows, unless the caller sets the guide itself.
 */
function guideInStep(show: XmlElement, ids: TvshowFields['uniqueIds']): Record<string, string> | undefined {
  const guide = new Map(Object.entries(readEpisodeGuide(show, [])));
  let touched = false;
  for (const [type, id] of normalizedIds(ids)) {
    if (!guide.has(type) || guide.get(type) === id) continue;
    if (id === '') guide.delete(type);
    else guide.set(type, id);
    touched = true;
  }
  return touched ? Object.fromEntries(guide) : undefined;
}

/** Kodi 19+'s JSON map of ids; an equal map (in any key order or spacing) is left as written. */
function setEpisodeGuide(show: XmlElement, guide: Readonly<Record<string, string>> | null | undefined): boolean {
  if (guide === undefined) return false;
  const wanted = Object.entries(guide ?? {})
    .map(([type, id]) => [normalizeValue(type), normalizeValue(id)] as const)
    .filter(([type, id]) => type !== '' && id !== '');
  if (wanted.length === 0) return setSingle(show, 'episodeguide', null);
  const current = firstChild(show, 'episodeguide');
  if (current && childElements(current).length === 0 && sameMap(jsonMap(textOf(current)), wanted)) return false;
  return setSingle(show, 'episodeguide', JSON.stringify(Object.fromEntries(wanted)));
}

function jsonMap(text: string): Map<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return null;
    return new Map(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch {
    return null;
  }
}

function sameMap(current: Map<string, string> | null, wanted: ReadonlyArray<readonly [string, string]>): boolean {
  return current !== null && current.size === wanted.length && wanted.every(([k, v]) => current.get(k) === v);
}

function setLock(show: XmlElement, locked: boolean | undefined): boolean {
  if (locked === undefined) return false;
  if (locked) return setSingle(show, 'lockdata', 'true');
  const lock = firstChild(show, 'lockdata');
  return lock !== undefined && setSingle(show, 'lockdata', 'false');
}

function validateFields(fields: TvshowFields): void {
  const bad = (message: string) => new AnishelfError('NFO_FIELDS', message);
  if (fields.year != null && (!Number.isInteger(fields.year) || fields.year < 1000 || fields.year > 9999)) {
    throw bad(`The year ${fields.year} is not a four-digit year; correct it and save again.`);
  }
  if (fields.premiered != null && fields.premiered !== '') {
    const reading = readNfoDate(fields.premiered);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.premiered) || !reading.ok || reading.date !== fields.premiered) {
      throw bad(`The premiere date "${fields.premiered}" is not a real date in YYYY-MM-DD form; correct it and save again.`);
    }
  }
  for (const type of [...Object.keys(fields.uniqueIds ?? {}), ...Object.keys(fields.episodeGuide ?? {})]) {
    if (normalizeValue(type) === '') throw bad('A provider id has an empty type; name its provider (tmdb, tvdb, …) and save again.');
  }
}
