import { Hint } from './hints';
import { BOOK_CHAPTER, CAP, CJK_EPISODE, EPISODE_WORD, N_OF_M, NUMBER_BOLUM, SE_HEAD, X_HEAD } from './patterns';
import { resolutionOf } from './release-info';

const ASCII = /^[\x00-\x7f]*$/;
import { skipsPos, type Skip } from './skip';
import { knownString } from './known-string';
import { digitsValue } from './digit-value';

/**
 * Where an episode number was read and how much it can be trusted. `strong` markers (S01E02,
 * 1x02, Cap.102) name the season; `explicit` ones say "episode"; the rest are inferred.
 */
export interface EpisodeMarker {
  start: number;
  end: number;
  strength: 'strong' | 'explicit' | 'inferred';
  season: number | null;
  episodes: number[];
  decimal: number | null;
  version: number | null;
}

/** Ranges longer than this are not episode ranges but something else (a year, a size). */
const MAX_RANGE = 2000;

export function expandRange(from: number, to: number): number[] {
  if (to <= from || to - from > MAX_RANGE) return [from];
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnumCode(c: number): boolean {
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function readDigits(s: string, i: number, max: number): { value: number; end: number } | null {
  s = knownString(s);
  let j = i;
  // The value is read with the digits: Number() on a slice converts it in the engine's runtime.
  let value = 0;
  while (j < s.length && j - i < max + 1 && isDigitCode(s.charCodeAt(j))) value = value * 10 + s.charCodeAt(j++) - 48;
  if (j === i || j - i > max) return null;
  return { value, end: j };
}

/** True when the text at `i` ends a number: not another digit or letter, save a version. */
function endsNumber(s: string, i: number): boolean {
  s = knownString(s);
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  if (!isAlnumCode(c)) return true;
  // v2 (version), x05 / E05 (the next link of a chain)
  return (c === 118 || c === 86 || c === 120 || c === 88 || c === 101 || c === 69) && isDigitCode(s.charCodeAt(i + 1));
}

function skipVersion(s: string, i: number): number {
  s = knownString(s);
  if ((s[i] === 'v' || s[i] === 'V') && isDigitCode(s.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isDigitCode(s.charCodeAt(j))) j++;
    return j;
  }
  return i;
}

/** One more link of a chain: "E03", "-04", "x05", "S01E06", "1x07"; null when there is none. */
function nextLink(s: string, raw: string, from: number, season: number | null, last: number): { value: number; end: number; dash: boolean } | null {
  s = knownString(s);
  let i = from;
  let dash = false;
  let joined = false;
  let spaced = false;
  while (i < s.length && i - from < 6) {
    const c = s[i]!;
    if (c === ' ') spaced = true;
    else if (c === '-' || c === '~') dash = true;
    else if (c === '+' || c === '&' || c === ',') joined = true;
    else if ((c === 'a' || c === 'A') && s.slice(i, i + 3).toLowerCase() === 'and' && !isAlnumCode(s.charCodeAt(i + 3))) {
      joined = true;
      i += 3;
      continue;
    } else break;
    i++;
  }
  const lower = s.slice(i, i + 2).toLowerCase();
  let j = i;
  let prefixed = false;
  if (lower[0] === 's' && isDigitCode(s.charCodeAt(i + 1))) {
    const sn = readDigits(s, i + 1, 4);
    if (!sn || (season !== null && sn.value !== season)) return null;
    j = sn.end;
    if (s[j] === 'x' || s[j] === 'X') j++;
    if (s[j] === 'e' || s[j] === 'E') j++;
    else return null;
    prefixed = true;
  } else if (lower === 'ep') {
    j = i + 2;
    prefixed = true;
  } else if (lower[0] === 'e' || lower[0] === 'x') {
    j = i + 1;
    prefixed = true;
  } else {
    const sx = readDigits(s, i, 4);
    if (sx && (s[sx.end] === 'x' || s[sx.end] === 'X') && isDigitCode(s.charCodeAt(sx.end + 1))) {
      if (season !== null && sx.value !== season) return null;
      j = sx.end + 1;
      prefixed = true;
    }
  }
  // A bare number continues a chain only when glued on ("E01-02", "01+02"); after " - " it is
  // an absolute number or part of the episode title.
  // "8x01_02": an underscore between two numbers joins them.
  const underscored = !prefixed && i === from + 1 && raw[from] === '_';
  if (!prefixed && !underscored && (spaced || (!dash && !joined))) return null;
  const n = readDigits(s, j, 5);
  if (underscored && (!n || n.value !== last + 1 || raw[n.end] === '.')) return null;
  if (!n || !endsNumber(s, n.end)) return null;
  if (s[n.end] === 'p' || s[n.end] === 'P' || s[n.end] === 'i') return null;
  if (resolutionOf(s.slice(i, n.end)) !== null) return null;
  // "S01E05 x264": a codec after a space is not episode 264.
  if (lower[0] === 'x' && (n.value === 264 || n.value === 265 || (spaced && !dash))) return null;
  // Only a glued dash is a range (E01-E03); " - " separates a list of named episodes.
  return { value: n.value, end: skipVersion(s, n.end), dash: dash && !spaced };
}

/** Reads the links after a first episode: E01E02, E01-E03, 02x03-04-15, S01E01 - S01E02. */
function readChain(s: string, raw: string, end: number, season: number | null, first: number): { episodes: number[]; end: number } {
  const episodes = [first];
  let pos = end;
  for (let guard = 0; guard < 60; guard++) {
    const last = episodes[episodes.length - 1]!;
    const link = nextLink(s, raw, pos, season, last);
    if (!link) break;
    if (link.dash && link.value > last) episodes.push(...expandRange(last, link.value).slice(1));
    else if (link.value !== last) episodes.push(link.value);
    pos = link.end;
  }
  return { episodes, end: pos };
}

function strongMarker(start: number, end: number, season: number, episodes: number[]): EpisodeMarker {
  return { start, end, strength: 'strong', season, episodes, decimal: null, version: null };
}

function firstSeasonEpisode(flat: string, raw: string): EpisodeMarker | null {
  SE_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SE_HEAD.exec(flat)) !== null) {
    const ep = digitsValue(m[4]!);
    // "S2 x264" is a season and a codec, not season 2 episode 264.
    if (m[3]!.toLowerCase() === 'x' && m[2] !== '' && (ep === 264 || ep === 265)) continue;
    const season = digitsValue(m[1]!);
    const chain = readChain(flat, raw, skipVersion(flat, m.index + m[0].length), season, ep);
    return strongMarker(m.index, chain.end, season, chain.episodes);
  }
  return null;
}

function firstCross(flat: string, raw: string, before: number): EpisodeMarker | null {
  X_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = X_HEAD.exec(flat)) !== null && m.index < before) {
    if (resolutionOf(m[0]) !== null) continue;
    const season = digitsValue(m[1]!);
    const chain = readChain(flat, raw, skipVersion(flat, m.index + m[0].length), season, digitsValue(m[2]!));
    return strongMarker(m.index, chain.end, season, chain.episodes);
  }
  return null;
}

function firstCap(flat: string, before: number): EpisodeMarker | null {
  CAP.lastIndex = 0;
  const m = CAP.exec(flat);
  if (!m || m.index >= before) return null;
  const first = digitsValue(m[2]!);
  return strongMarker(m.index, m.index + m[0].length, digitsValue(m[1]!), m[3] === undefined ? [first] : expandRange(first, digitsValue(m[3])));
}

function firstBookChapter(flat: string, before: number): EpisodeMarker | null {
  BOOK_CHAPTER.lastIndex = 0;
  const m = BOOK_CHAPTER.exec(flat);
  if (!m || m.index >= before) return null;
  return strongMarker(m.index, m.index + m[0].length, digitsValue(m[1]!), [digitsValue(m[2]!)]);
}

/** The first SxxEyy, NxNN, Cap.NNN or "Book N Chapter M" marker with its chain, or null. */
export function findStrongMarker(flat: string, raw: string, hints: number): EpisodeMarker | null {
  flat = knownString(flat);
  let best = hints & Hint.seasonEpisode ? firstSeasonEpisode(flat, raw) : null;
  if (hints & Hint.cross) best = firstCross(flat, raw, best ? best.start : flat.length) ?? best;
  if (hints & Hint.cap) best = firstCap(flat, best ? best.start : flat.length) ?? best;
  if (hints & Hint.book) best = firstBookChapter(flat, best ? best.start : flat.length) ?? best;
  return best;
}

function explicitMarker(start: number, end: number, episodes: number[], decimal: number | null, version: number | null): EpisodeMarker {
  return { start, end, strength: 'explicit', season: null, episodes, decimal, version };
}

/** "Episode 5", "Ep05-12", "E05", "#05", "120. Bölüm", "第05话", "3 of 9": the first one found. */
export function findExplicitMarker(flat: string, raw: string, skip: Skip, hints: number): EpisodeMarker | null {
  flat = knownString(flat);
  let best: EpisodeMarker | null = null;
  let m: RegExpExecArray | null;
  EPISODE_WORD.lastIndex = hints & Hint.episodeWord ? 0 : flat.length;
  while ((m = EPISODE_WORD.exec(flat)) !== null) {
    if (skipsPos(skip, m.index)) continue;
    const first = digitsValue(m[1]!);
    const version = m[3] === undefined ? null : digitsValue(m[3]);
    if (m[2] !== undefined) {
      best = explicitMarker(m.index, m.index + m[0].length, [], Number(`${first}.${m[2]}`), version);
    } else {
      const chain = readChain(flat, raw, m.index + m[0].length, null, first);
      best = explicitMarker(m.index, chain.end, chain.episodes, null, version);
    }
    break;
  }
  NUMBER_BOLUM.lastIndex = 0;
  while (hints & Hint.bolum && (m = NUMBER_BOLUM.exec(flat)) !== null && (!best || m.index < best.start)) {
    if (skipsPos(skip, m.index)) continue;
    best = explicitMarker(m.index, m.index + m[0].length, [digitsValue(m[1]!)], null, null);
    break;
  }
  const before = best ? best.start : flat.length;
  CJK_EPISODE.lastIndex = 0;
  // 第05话 is written in CJK, so an ASCII name cannot hold it.
  while (hints & Hint.episodeWord && !ASCII.test(flat) && (m = CJK_EPISODE.exec(flat)) !== null && m.index < before) {
    if (skipsPos(skip, m.index)) continue;
    const first = digitsValue(m[1]!);
    return explicitMarker(m.index, m.index + m[0].length, m[2] === undefined ? [first] : expandRange(first, digitsValue(m[2])), null, null);
  }
  if (best || !(hints & Hint.of)) return best;
  N_OF_M.lastIndex = 0;
  while ((m = N_OF_M.exec(flat)) !== null) {
    const n = digitsValue(m[1]!);
    if (skipsPos(skip, m.index) || n === 0 || n > digitsValue(m[2]!)) continue;
    return explicitMarker(m.index, m.index + m[0].length, [n], null, null);
  }
  return null;
}
