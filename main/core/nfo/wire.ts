import { detailsWithIds, readResultOf } from './details-copy';
import { emptyDetails } from './parse';
import type { NfoActor, NfoArt, NfoDetails, NfoKind, NfoProblem, NfoRating, NfoReadResult, NfoUniqueId } from './types';

/**
 * Results as they cross from an NFO worker to the main thread: one flat list of plain values per
 * batch, field after field in a fixed order, instead of nested objects. Copying objects between
 * threads writes every key name of every object and rebuilds each object key by key; a flat list
 * of strings and numbers costs both threads a fraction of that, and the main thread builds each
 * object in one step. What is read back equals what was written (tests hold it to parseNfo).
 */
export type NfoWire = unknown[];

export function writeResult(result: NfoReadResult, out: NfoWire): void {
  out.push(result.kind);
  writeDetails(result, out);
  writeRecord(result.namedSeasons, out);
  writeRecord(result.episodeGuide, out);
  out.push(result.episodes.length);
  result.episodes.forEach((episode, i) => {
    // An episode file's first episode is the result's own fields but for its ids: sent once.
    const same = i === 0 && sameDetails(result, episode);
    out.push(same);
    if (same) writeRecord(episode.uniqueIds, out);
    else writeDetails(episode, out);
  });
  writeStrings(result.urls, out);
  out.push(result.problems.length);
  for (const p of result.problems) out.push(p.code, p.message);
}

/** Reads back every result `writeResult` put into `wire`, in order. */
export function readResults(wire: NfoWire): NfoReadResult[] {
  const cursor: Cursor = { values: wire, at: 0 };
  const results: NfoReadResult[] = [];
  while (cursor.at < wire.length) results.push(readResult(cursor));
  return results;
}

interface Cursor {
  values: NfoWire;
  at: number;
}

function readResult(c: Cursor): NfoReadResult {
  const kind = next<NfoKind>(c);
  const d = readDetails(c);
  const namedSeasons = readRecord(c);
  const episodeGuide = readRecord(c);
  const episodes: NfoDetails[] = [];
  for (let n = next<number>(c); n > 0; n--) episodes.push(next<boolean>(c) ? detailsWithIds(d, readRecord(c)) : readDetails(c));
  const urls = readStrings(c);
  const problems: NfoProblem[] = [];
  for (let n = next<number>(c); n > 0; n--) problems.push({ code: next(c), message: next(c) });
  return readResultOf(d, d.uniqueIds, { kind, namedSeasons, episodeGuide, episodes, urls, problems });
}

function writeDetails(d: NfoDetails, out: NfoWire): void {
  out.push(d.title, d.originalTitle, d.sortTitle, d.showTitle, d.year, d.premiered, d.aired, d.plot, d.outline, d.tagline, d.status, d.runtime, d.mpaa);
  writeRecord(d.uniqueIds, out);
  if (d.defaultUniqueId === null) out.push(null);
  else out.push(d.defaultUniqueId.type, d.defaultUniqueId.value);
  writeStrings(d.genres, out);
  writeStrings(d.tags, out);
  writeStrings(d.studios, out);
  out.push(d.ratings.length);
  for (const r of d.ratings) out.push(r.source, r.value, r.votes, r.max, r.default);
  out.push(d.actors.length);
  for (const a of d.actors) out.push(a.name, a.role, a.order, a.thumb);
  out.push(d.art.length);
  for (const a of d.art) out.push(a.aspect, a.url, a.season, a.preview);
  out.push(d.season, d.episode, d.displaySeason, d.displayEpisode, d.locked);
}

// Arguments are evaluated left to right, so each field takes the next value in writing order.
function readDetails(c: Cursor): NfoDetails {
  return {
    title: next(c), originalTitle: next(c), sortTitle: next(c), showTitle: next(c), year: next(c), premiered: next(c),
    aired: next(c), plot: next(c), outline: next(c), tagline: next(c), status: next(c), runtime: next(c), mpaa: next(c),
    uniqueIds: readRecord(c),
    defaultUniqueId: readDefaultId(c),
    genres: readStrings(c),
    tags: readStrings(c),
    studios: readStrings(c),
    ratings: readList<NfoRating>(c, () => ({ source: next(c), value: next(c), votes: next(c), max: next(c), default: next(c) })),
    actors: readList<NfoActor>(c, () => ({ name: next(c), role: next(c), order: next(c), thumb: next(c) })),
    art: readList<NfoArt>(c, () => ({ aspect: next(c), url: next(c), season: next(c), preview: next(c) })),
    season: next(c), episode: next(c), displaySeason: next(c), displayEpisode: next(c), locked: next(c),
  };
}

function readDefaultId(c: Cursor): NfoUniqueId | null {
  const type = next<string | null>(c);
  return type === null ? null : { type, value: next(c) };
}

function next<T>(c: Cursor): T {
  return c.values[c.at++] as T;
}

function readList<T>(c: Cursor, read: () => T): T[] {
  const list: T[] = [];
  for (let n = next<number>(c); n > 0; n--) list.push(read());
  return list;
}

function writeStrings(list: readonly string[], out: NfoWire): void {
  out.push(list.length);
  // A loop, not push(...list): a hostile file's list can be longer than a call's arguments may be.
  for (const value of list) out.push(value);
}

function readStrings(c: Cursor): string[] {
  const n = next<number>(c);
  const list = c.values.slice(c.at, c.at + n) as string[];
  c.at += n;
  return list;
}

function writeRecord(record: Readonly<Record<string | number, string>>, out: NfoWire): void {
  const entries = Object.entries(record);
  out.push(entries.length);
  for (const [key, value] of entries) out.push(key, value);
}

function readRecord(c: Cursor): Record<string, string> {
  const record: Record<string, string> = {};
  for (let n = next<number>(c); n > 0; n--) {
    const key = next<string>(c);
    const value = next<string>(c);
    // A provider type read from a file may be "__proto__": an own key, as in the worker, never the prototype.
    if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else record[key] = value;
  }
  return record;
}

const DETAIL_KEYS = (Object.keys(emptyDetails()) as (keyof NfoDetails)[]).filter((key) => key !== 'uniqueIds');

function sameDetails(result: NfoReadResult, episode: NfoDetails): boolean {
  for (const key of DETAIL_KEYS) if (result[key] !== episode[key]) return false;
  return true;
}
