import { findAirDate, shortDate, type AirDate } from './air-date';
import type { NameContext } from './context';
import {
  findBareNumber, findBracketNumber, findDashNumber, findLeadingNumber, findPart, type InferredMarker, type InferredVia,
} from './fallback';
import { findExplicitMarker, findStrongMarker, type EpisodeMarker } from './numbers';
import { VOLUME } from './patterns';
import { findSeasonMarkers, type SeasonMarker } from './season';
import { findNumberedSpecial, findSpecialWords, type SpecialMarker } from './specials';
import { spanAt } from './tokens';

export type MarkerVia = 'strong' | 'explicit' | 'special' | InferredVia;

export interface Range {
  start: number;
  end: number;
}

/** Everything in a name that says which episode it is, and where it was written. */
export interface Markers {
  marker: EpisodeMarker | null;
  via: MarkerVia | null;
  inferred: InferredMarker | null;
  numbered: SpecialMarker | null;
  specialWords: SpecialMarker[];
  airDate: AirDate | null;
  seasons: SeasonMarker[];
  volume: Range | null;
  inGroup: (pos: number) => boolean;
}

function firstVolume(flat: string): Range | null {
  VOLUME.lastIndex = 0;
  const m = VOLUME.exec(flat);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function overlaps(a: Range, b: Range | null): boolean {
  return b !== null && a.start < b.end && b.start < a.end;
}

/** "2nd Season 24" also reads as "Season 24": of overlapping markers the first one stands. */
function dropOverlapping(markers: SeasonMarker[]): SeasonMarker[] {
  const out: SeasonMarker[] = [];
  for (const m of markers) if (!out.some((o) => overlaps(m, o))) out.push(m);
  return out;
}

/** "series.416.hdtv" is season 4 episode 16; "the.office.101.102" episodes 1 and 2. */
function splitSceneNumber(ctx: NameContext, m: InferredMarker): void {
  const d = m.digits;
  if (!d || d.length < 3 || (d.length === 3 && d.startsWith('0')) || m.episodes.length !== 1) return;
  const season = Number(d.slice(0, -2));
  if (season === 0) return;
  m.season = season;
  m.episodes = [Number(d.slice(-2))];
  const prev = ctx.tokens[m.token - 1];
  if (prev && !prev.span && /^\d+$/.test(prev.text) && prev.text.length === d.length && prev.text.slice(0, -2) === d.slice(0, -2)) {
    const first = Number(prev.text.slice(-2));
    if (first >= 1 && first < m.episodes[0]!) {
      m.episodes.unshift(first);
      m.start = prev.start;
    }
  }
}

function infer(ctx: NameContext, skip: (i: number) => boolean, seasonFolder: boolean, from: number): InferredMarker | null {
  const dash = findDashNumber(ctx, skip);
  if (dash.strong) return dash.strong;
  const leading = from <= ctx.titleToken ? findLeadingNumber(ctx, seasonFolder) : null;
  if (leading && !skip(leading.token)) return leading;
  return findBracketNumber(ctx, skip) ?? dash.weak ?? findBareNumber(ctx, skip, from);
}

/**
 * Finds the episode marker by trust: SxxEyy / 1x02 first, then "Episode 5", then a numbered
 * special (OVA 2), then the fansub and scene habits of writing a bare number.
 */
export function findMarkers(ctx: NameContext, seasonFolder: boolean): Markers {
  const { flat, tokens } = ctx;
  const group = ctx.groupToken >= 0 ? tokens[ctx.groupToken]! : null;
  const inGroup = (pos: number) => group !== null && pos >= group.start && pos < group.end;
  const inBracket = (pos: number) => spanAt(ctx.spans, pos) !== null;
  // Release brackets ([1080p], [8DE44442]) hold no episode words: "E76552EA" is a checksum.
  const inReleaseBracket = (pos: number) => {
    const span = spanAt(ctx.spans, pos);
    if (!span) return false;
    const i = tokens.findIndex((t) => t.start === span.open);
    return i >= 0 && ctx.bracketKinds[i] !== 'text';
  };

  const strongFound = findStrongMarker(flat, ctx.s);
  const strong = strongFound && !inGroup(strongFound.start) ? strongFound : null;
  let airDate = findAirDate(flat, inBracket);
  const seasons = dropOverlapping(findSeasonMarkers(flat).filter((m) => !inGroup(m.start) && !overlaps(m, strong) && !overlaps(m, airDate)));
  const volume = firstVolume(flat);
  const blocked: Range[] = [...seasons, ...(volume ? [volume] : []), ...(airDate ? [airDate] : [])];
  const skipPos = (pos: number) => inGroup(pos) || inReleaseBracket(pos) || blocked.some((b) => pos >= b.start && pos < b.end);
  const skipToken = (i: number) => skipPos(tokens[i]!.start);
  const specialWords = findSpecialWords(flat).filter((w) => !inGroup(w.start));

  let marker: EpisodeMarker | null = strong;
  let via: MarkerVia | null = strong ? 'strong' : null;
  let inferred: InferredMarker | null = null;
  if (!marker) {
    marker = findExplicitMarker(flat, ctx.s, skipPos);
    if (marker) via = 'explicit';
  }
  const numbered = findNumberedSpecial(flat, skipPos);
  if (!marker && numbered) {
    marker = { start: numbered.start, end: numbered.end, strength: 'explicit', season: null, episodes: numbered.episodes, decimal: numbered.decimal, version: null };
    via = 'special';
  }
  const part = !marker && !airDate && ctx.groupToken < 0 && seasons.length === 0 && specialWords.length === 0 ? findPart(ctx) : null;
  if (!marker && !airDate) {
    // Numbers before a season marker belong to the title ("Reno 911 S01", "Hawaii Five 0 S01").
    const afterSeason = seasons[0] ? tokens.findIndex((t) => t.start >= seasons[0]!.end) : -1;
    inferred = infer(ctx, skipToken, seasonFolder, afterSeason < 0 ? (seasons[0] ? tokens.length : 0) : afterSeason);
    if (inferred && !(inferred.wordsAfter && part)) {
      if (inferred.via === 'bare' && ctx.scene && seasons.length === 0) splitSceneNumber(ctx, inferred);
      marker = inferred;
      via = inferred.via;
    } else inferred = null;
  }
  if (!marker && !airDate && ctx.scene && ctx.metaToken > ctx.titleToken + 1) {
    const last = tokens[ctx.metaToken - 1]!;
    const date = last.span ? null : shortDate(last.text);
    if (date) airDate = { start: last.start, end: last.end, date };
  }
  if (!marker && part) {
    marker = part;
    via = 'part';
  }
  return { marker, via, inferred, numbered, specialWords, airDate, seasons, volume, inGroup };
}
