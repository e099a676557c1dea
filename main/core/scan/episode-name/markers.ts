import { findAirDate } from './air-date';
import { shortDate, type AirDate } from './calendar';
import type { NameContext } from './context';
import {
  findBareNumber, findBracketNumber, findDashNumber, findLeadingNumber, findPart, type InferredMarker, type InferredVia,
} from './fallback';
import { findExplicitMarker, findStrongMarker, type EpisodeMarker } from './numbers';
import { Hint } from './hints';
import { DIGITS, VOLUME } from './patterns';
import { findSeasonMarkers, type SeasonMarker } from './season';
import { findSpecials, firstNumbered, type SpecialMarker } from './specials';
import { inGroup, makeSkip, skipsToken, type Range, type Skip } from './skip';
import { knownString } from './known-string';

export type MarkerVia = 'strong' | 'explicit' | 'special' | InferredVia;

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
}

// Shared empty lists, only ever read.
const NO_RANGES: Range[] = [];
const NO_SEASONS: SeasonMarker[] = [];

function firstVolume(flat: string, hints: number): Range | null {
  if (!(hints & Hint.volume)) return null;
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
  if (prev && !prev.span && DIGITS.test(prev.text) && prev.text.length === d.length && prev.text.slice(0, -2) === d.slice(0, -2)) {
    const first = Number(prev.text.slice(-2));
    if (first >= 1 && first < m.episodes[0]!) {
      m.episodes.unshift(first);
      m.start = prev.start;
    }
  }
}

function infer(ctx: NameContext, skip: Skip, seasonFolder: boolean, from: number): InferredMarker | null {
  const dash = findDashNumber(ctx, skip);
  if (dash.strong) return dash.strong;
  const leading = from <= ctx.titleToken ? findLeadingNumber(ctx, seasonFolder) : null;
  if (leading && !skipsToken(skip, leading.token)) return leading;
  return findBracketNumber(ctx, skip) ?? dash.weak ?? findBareNumber(ctx, skip, from);
}

/** Token index where the numbers after the first season marker start ("Title S2 - 05"). */
function afterSeasonToken(ctx: NameContext, seasons: readonly SeasonMarker[]): number {
  const first = seasons[0];
  if (!first) return 0;
  const i = ctx.tokens.findIndex((t) => t.start >= first.end);
  return i < 0 ? ctx.tokens.length : i;
}

/**
 * Finds the episode marker by trust: SxxEyy / 1x02 first, then "Episode 5", then a numbered
 * special (OVA 2), then the fansub and scene habits of writing a bare number.
 */
export function findMarkers(ctx: NameContext, seasonFolder: boolean): Markers {
  const tokens = ctx.tokens;
  const flat = knownString(ctx.flat);
  const noGroup = makeSkip(ctx, NO_RANGES);
  const strongFound = findStrongMarker(flat, ctx.s, ctx.hints);
  const strong = strongFound && !inGroup(noGroup, strongFound.start) ? strongFound : null;
  let airDate = findAirDate(flat, ctx);
  // After SxxEyy a season word is only part of the episode title; the search stops there. Most
  // names have no season word, and then neither that slice nor the filtered copies are made.
  const found = ctx.hints & (Hint.seasonWord | Hint.seasonEpisode)
    ? findSeasonMarkers(strong ? flat.slice(0, strong.start) : flat, ctx.hints)
    : NO_SEASONS;
  const seasons = found.length === 0 ? found : dropOverlapping(found.filter((m) => !inGroup(noGroup, m.start) && !overlaps(m, airDate)));
  const volume = firstVolume(flat, ctx.hints);
  // Most names block only their season markers, which need no copy.
  let blocked: Range[] = seasons;
  if (volume || airDate) {
    blocked = [...seasons];
    if (volume) blocked.push(volume);
    if (airDate) blocked.push(airDate);
  }
  const skip = makeSkip(ctx, blocked);
  const specials = findSpecials(flat, ctx.hints);
  const specialWords = specials.length === 0 ? specials : specials.filter((w) => !inGroup(noGroup, w.start));

  let marker: EpisodeMarker | null = strong;
  let via: MarkerVia | null = strong ? 'strong' : null;
  let inferred: InferredMarker | null = null;
  if (!marker) {
    marker = findExplicitMarker(flat, ctx.s, skip, ctx.hints);
    if (marker) via = 'explicit';
  }
  const numbered = firstNumbered(specialWords, skip);
  if (!marker && numbered) {
    marker = { start: numbered.start, end: numbered.end, strength: 'explicit', season: null, episodes: numbered.episodes, decimal: numbered.decimal, version: null };
    via = 'special';
  }
  const part = !marker && !airDate && ctx.groupToken < 0 && seasons.length === 0 && specialWords.length === 0 && ctx.hints & Hint.part ? findPart(ctx) : null;
  if (!marker && !airDate) {
    // Numbers before a season marker belong to the title ("Reno 911 S01", "Hawaii Five 0 S01").
    inferred = infer(ctx, skip, seasonFolder, afterSeasonToken(ctx, seasons));
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
  airDate ??= ctx.leadingDate;
  if (!marker && part) {
    marker = part;
    via = 'part';
  }
  return { marker, via, inferred, numbered, specialWords, airDate, seasons, volume };
}
