import { buildContext, isMetaToken, wordHas, type NameContext } from './context';
import {
  absoluteAfter, absoluteBefore, absoluteLeading, alternateAfter, bracketYear, episodeTitleFrom, tokenFrom, trailingGroup,
} from './extras';
import { findMarkers, type MarkerVia, type Markers } from './markers';
import { isAscii, normalizeText, splitExtension, unglue } from './normalize';
import type { ReleaseInfo } from './release-info';
import { moreSpecific } from './specials';
import { finishTitle, titleFromBrackets, type FinishedTitle } from './title';
import { spanAt } from './tokens';
import type { SpecialKind } from './types';
import { lastWordStackPart, splitStackPart } from './stack-part';
import { knownString } from './known-string';
import { sliceOf, trimmed } from './string-calls';
import { Mark } from './word-marks';

export type { MarkerVia } from './markers';

/** The parse of the file name alone, before folders are consulted. */
export interface FileNameParse extends ReleaseInfo {
  title: string | null;
  year: number | null;
  season: number | null;
  episodes: number[];
  absolute: number[];
  specialKind: SpecialKind | null;
  group: string | null;
  extension: string | null;
  episodeTitle: string | null;
  /** One part of an episode split into several files ("- part1", ".cd2"); null for a whole one. */
  part: number | null;
  alternate: number | null;
  decimalEpisode: number | null;
  airDate: string | null;
  /** How the episode numbers were found; null when the name has none. */
  via: MarkerVia | null;
  /** A single unsplit number such as "401" that a season folder may read as 4 × 01. */
  digits: string | null;
  /** The title was read after a leading number ("02 - Name"); with a series folder it is the episode's. */
  titleAfterNumber: boolean;
}

const SPECIAL_TITLE = /^(?:ova|oad|ona|ovd|specials?|extras?|bonus|omake|menus?|preview|trailer|teaser)$/i;

const SPECIAL_IN_TITLE: ReadonlySet<SpecialKind> = new Set(['ova', 'oad', 'ona', 'ncop', 'nced', 'movie', 'pv']);

/** True when everything outside brackets in the title area is the episode number itself. */
function onlyBrackets(ctx: NameContext, m: Markers): boolean {
  for (let i = ctx.titleToken; i < ctx.metaToken; i++) {
    const token = ctx.tokens[i]!;
    if (token.span) continue;
    const inMarker = m.marker !== null && token.start >= m.marker.start && token.end <= m.marker.end + 1;
    if (!inMarker && !wordHas(ctx, i, Mark.decoration)) return false;
  }
  return true;
}

/**
 * The first word after the episode number (or after the title when there is none), past
 * separators and release words: where "- 01 - OVA" or "S03 DVD Bonus" name the special.
 */
function firstWordAfter(ctx: NameContext, pos: number): number {
  let i = tokenFrom(ctx, pos);
  while (i < ctx.tokens.length && !ctx.tokens[i]!.span && (wordHas(ctx, i, Mark.dash) || isMetaToken(ctx, i))) i++;
  return i;
}

interface TitleResult {
  finished: FinishedTitle;
  boundary: number;
  episodeTitleStart: number | null;
  afterNumber: boolean;
  trailingGroup: string | null;
}

function bracketOpen(ctx: NameContext, pos: number): number {
  return spanAt(ctx.spans, pos)?.open ?? pos;
}

/** Where the title stops: the first marker, release word, date, season or year after its start. */
function titleBoundary(ctx: NameContext, m: Markers, titleStart: number, absoluteStart: number | null): number {
  const { tokens } = ctx;
  let boundary = tokens[ctx.metaToken]?.start ?? knownString(ctx.flat).length;
  if (m.marker) boundary = earlierStop(boundary, bracketOpen(ctx, m.marker.start), titleStart);
  boundary = earlierStop(boundary, m.airDate?.start, titleStart);
  boundary = earlierStop(boundary, m.volume?.start, titleStart);
  boundary = earlierStop(boundary, m.numbered?.start, titleStart);
  boundary = earlierStop(boundary, absoluteStart, titleStart);
  for (const s of m.seasons) boundary = earlierStop(boundary, bracketOpen(ctx, s.start), titleStart);
  // A year in brackets closes the title: "Cyborg 009 (1968) [TSHS] episode 06".
  if (ctx.yearToken >= 0) {
    for (let i = Math.max(ctx.titleToken + 1, ctx.yearToken); i < tokens.length; i++) {
      if (ctx.bracketKinds[i] === 'year') boundary = earlierStop(boundary, tokens[i]!.start, titleStart);
    }
  }
  return boundary;
}

/** `stop` when it lies in the title (at or after its start) before `boundary`, else `boundary`. */
function earlierStop(boundary: number, stop: number | null | undefined, titleStart: number): number {
  return stop !== null && stop !== undefined && stop >= titleStart && stop < boundary ? stop : boundary;
}

function readTitle(ctx: NameContext, m: Markers, from: number | null, absoluteStart: number | null, titleToken: number): TitleResult {
  const tokens = ctx.tokens;
  const flat = knownString(ctx.flat);
  const name = knownString(ctx.s);
  const titleStart = tokens[titleToken]?.start ?? flat.length;
  let boundary = titleBoundary(ctx, m, titleStart, absoluteStart);
  // Without a group in front, a short bracket ending the title is the group: "Nozaki-kun [HorribleSubs] (1080p)".
  let group: string | null = null;
  const lastIndex = tokenFrom(ctx, boundary) - 1;
  // Not tokens[-1] (see absoluteBefore): a negative index makes every later read here generic.
  const last = lastIndex >= 0 ? tokens[lastIndex] : undefined;
  if (ctx.groupToken < 0 && last?.span?.char === '[' && lastIndex > ctx.titleToken && ctx.bracketKinds[lastIndex] === 'text' && last.text.split(' ').length <= 3) {
    group = trimmed(sliceOf(name, last.start + 1, last.end - 1));
    boundary = last.start;
  }
  let finished = finishTitle(sliceOf(name, titleStart, boundary), ctx.delimiter);
  let episodeTitleStart = from;
  let afterNumber = false;
  const marker = m.marker;
  if (marker && marker.start <= titleStart && from !== null && finished.title === null) {
    let i = tokenFrom(ctx, from);
    // "03-Criminal.Minds": the number ended inside a word.
    const inside = i > 0 && tokens[i - 1]!.end > from;
    if (inside) i--;
    while (!inside && wordHas(ctx, i, Mark.dash)) i++;
    const leadsTitle = m.inferred?.titleAfter ?? (m.via === 'explicit' && i === tokenFrom(ctx, from));
    if (leadsTitle && tokens[i]) {
      const start = inside ? from : tokens[i]!.start;
      let end = flat.length;
      for (; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.text === '-' || (token.span && ctx.bracketKinds[i] !== 'text') || i >= ctx.metaToken) {
          end = token.start;
          break;
        }
      }
      for (const s of m.seasons) if (s.start >= start && s.start < end) end = bracketOpen(ctx, s.start);
      finished = finishTitle(sliceOf(name, start, end), ctx.delimiter);
      episodeTitleStart = end;
      afterNumber = finished.title !== null;
    }
  }
  return { finished, boundary, episodeTitleStart, afterNumber, trailingGroup: group };
}

/** Numbers written around the episode marker, and where the title and episode title start. */
interface AroundMarker {
  absolute: number[];
  alternate: number | null;
  /** Where the episode title may start. */
  from: number | null;
  /** An absolute number ending the title ("Show 214 10x14"). */
  absoluteStart: number | null;
  titleToken: number;
  markerToken: number;
}

function aroundMarker(ctx: NameContext, m: Markers): AroundMarker {
  const { tokens } = ctx;
  const marker = m.marker;
  const strong = m.via === 'strong' ? marker : null;
  const around: AroundMarker = {
    absolute: [], alternate: null, from: marker ? marker.end : m.airDate ? m.airDate.end : null, absoluteStart: null,
    titleToken: ctx.titleToken, markerToken: marker ? Math.max(0, tokenFrom(ctx, marker.end) - 1) : -1,
  };
  if (strong) {
    const after = absoluteAfter(ctx, strong.end);
    const next = tokenFrom(ctx, strong.start);
    const inBracket = next > 0 && tokens[next - 1]!.span !== null && tokens[next - 1]!.end > strong.start;
    const before = after ? null : absoluteBefore(ctx, inBracket ? next - 1 : next);
    const leading = after || before || strong.start <= (tokens[ctx.titleToken]?.start ?? 0) ? null : absoluteLeading(ctx);
    if (after) {
      around.absolute = after.numbers;
      around.from = tokens[after.token]!.end;
    } else if (before) {
      // "Title - 05 - S01E05" repeats the episode; only a different number is absolute.
      if (before.numbers.length > 1 || before.numbers[0] !== strong.episodes[0]) around.absolute = before.numbers;
      around.absoluteStart = tokens[before.token]!.start;
    } else if (leading && (tokens[leading.token + 1]?.start ?? Infinity) < strong.start) {
      // Only with title words between it and SxxEyy: "1883.S01E01" is the show 1883.
      around.absolute = leading.numbers;
      around.titleToken = leading.token + 1;
    }
  }
  const alt = marker && around.absolute.length === 0 ? alternateAfter(ctx, around.markerToken, strong !== null) : null;
  if (alt && alt.token === around.markerToken + 1) around.from = tokens[alt.token]!.end;
  around.alternate = alt ? alt.value : null;
  return around;
}

/**
 * The kind of special: a numbered special, a season-0 or "S01Extras" marker, a special word in
 * the title ("… OVA") or standing alone after the number ("- 01 - OVA"), a fractional episode.
 */
function specialKindOf(ctx: NameContext, m: Markers, t: TitleResult, titleToken: number, season: number | null): SpecialKind | null {
  const tokens = ctx.tokens;
  const flat = knownString(ctx.flat);
  let kind: SpecialKind | null = m.via === 'special' && m.numbered ? m.numbered.kind : null;
  if (m.seasons[0]?.extra) kind = moreSpecific(kind, 'extra');
  if (t.finished.specialKind) kind = moreSpecific(kind, t.finished.specialKind);
  const titleStart = tokens[titleToken]?.start ?? flat.length;
  const tailIndex = firstWordAfter(ctx, t.episodeTitleStart ?? m.seasons[0]?.end ?? t.boundary);
  const tail = tokens[tailIndex];
  const next = tokens[tailIndex + 1];
  // "Ep01 Preview (…)", "S03 DVD Bonus - …" name the kind; "Extra Edition" is a title.
  const tailAlone = tail !== undefined && (!next || next.span !== null || next.text === '-' || isMetaToken(ctx, tailIndex + 1));
  for (const word of m.specialWords) {
    const inTitle = word.start >= titleStart && word.start < t.boundary;
    if ((inTitle && SPECIAL_IN_TITLE.has(word.kind)) || (tailAlone && word.start === tail.start)) kind = moreSpecific(kind, word.kind);
  }
  if (season === 0) kind = moreSpecific(kind, 'special');
  return kind === null && m.marker?.decimal != null ? 'decimal' : kind;
}

export function parseFileName(file: string, seasonFolder: boolean): FileNameParse {
  const ascii = isAscii(file);
  const { stem, extension } = splitExtension(normalizeText(file, ascii));
  const ctx = buildContext(unglue(stem), ascii);
  const { tokens, release } = ctx;
  const flat = knownString(ctx.flat);
  const m = findMarkers(ctx, seasonFolder);
  const { marker, airDate, seasons } = m;
  const season = marker?.season ?? seasons[0]?.season ?? null;
  const { absolute, alternate, from, absoluteStart, titleToken, markerToken } = aroundMarker(ctx, m);

  const t = readTitle(ctx, m, from, absoluteStart, titleToken);
  let title = t.finished.title;
  let group = ctx.groupToken >= 0 ? trimmed(sliceOf(ctx.s, tokens[ctx.groupToken]!.start + 1, tokens[ctx.groupToken]!.end - 1)) : t.trailingGroup;
  if (title === null && onlyBrackets(ctx, m)) {
    const fromBrackets = titleFromBrackets(ctx);
    title = fromBrackets.title;
    if (fromBrackets.groupIsTitle) group = null;
  }

  // The episode's own title; a lone "Special" or "OVA" there names the kind, not the episode.
  let episodeTitle: string | null = null;
  let part: number | null = null;
  if (t.episodeTitleStart !== null) {
    const stop = airDate && airDate.start > t.episodeTitleStart ? airDate.start : flat.length;
    ({ title: episodeTitle, part } = splitStackPart(episodeTitleFrom(ctx, t.episodeTitleStart, stop)));
    // SPECIAL_TITLE's longest word has eight letters, so longer titles skip the test.
    if (episodeTitle !== null && episodeTitle.length <= 8 && SPECIAL_TITLE.test(episodeTitle)) episodeTitle = null;
  }
  part ??= lastWordStackPart(tokens, markerToken);
  const specialKind = specialKindOf(ctx, m, t, titleToken, season);
  const decimal = marker?.decimal ?? null;
  group ??= trailingGroup(ctx, Math.max(markerToken, ctx.titleToken));
  return {
    title,
    year: t.finished.year ?? bracketYear(ctx),
    season,
    episodes: marker ? marker.episodes : [],
    absolute,
    specialKind,
    group,
    extension,
    episodeTitle,
    part,
    alternate,
    decimalEpisode: decimal,
    airDate: airDate?.date ?? null,
    via: m.via,
    digits: m.inferred && m.inferred.season === null ? m.inferred.digits : null,
    titleAfterNumber: t.afterNumber,
    resolution: release.resolution,
    source: release.source,
    videoCodec: release.videoCodec,
    checksum: release.checksum,
    version: marker?.version ?? release.version,
  };
}
