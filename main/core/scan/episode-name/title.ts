import { BoundedMemo } from './bounded-memo';
import type { NameContext } from './context';
import { CJK_TAG } from './keywords';
import { humanize, type Delimiter } from './normalize';
import { BRACKET_NUMBER, CJK, EPISODE_WORD, HAS_LATIN, SEASON_S, SEASON_WORD } from './patterns';
import { classifyWord, isWebsite } from './release-info';
import { kindOf } from './specials';
import type { SpecialKind } from './types';

/** Shared between names with the same title slice (see finishTitle), so read-only. */
export interface FinishedTitle {
  readonly title: string | null;
  readonly year: number | null;
  /** A special named at the end of the title ("Rozen Maiden 3 - PV"), removed from it. */
  readonly specialKind: SpecialKind | null;
}

// Country tags and "(TV)" tell versions of a show apart; the title is the show's name alone.
const COUNTRY = /\s*\((?:US|UK|AU|NZ|CA|JP|TV)\)/g;
const LEAD_TRIM = /^[\s\-~:|.,;*★☆♪(]+(?=\S)/;
const TRAIL_TRIM = /[\s\-:|,;/.*★☆(]+$/;
const YEAR_DIGITS = /^(?:19|20)\d\d$/;
const HAS_LETTER = /[a-z]/i;
const ARTICLE_LAST = /^(.+),\s*(the|a|an|les?|la|der|die|das)$/i;
const TRAILING_SPECIAL = /\s+-\s+(ova|oad|ona|pv|ncop|nced|specials?|preview|trailer|extras?|bonus|omake|menus?)$/i;
const SPACE = /\s/;
const SPLIT_NATIVE = /\s*[/|·]\s*/;
const WHITESPACE = /\s+/;
const DOTTED_WORDS = /^[^\s]*\.[^\s]*\.[^\s]*$/;
const DOTS = /\./g;
const ONLY_SPECIAL = /^(?:ova|oad|ona|ncop|nced|op|ed|pv|cm|specials?|extras?|bonus|preview|trailer|teaser|omake|menus?)$/i;
const TRAILING_SEASON = /\s+(?:S\d{1,2}|Season \d{1,2}|\d{1,2}(?:st|nd|rd|th) Season)$/i;

/**
 * Picks the Latin title out of a bilingual one: "魔法学院 / Anime Title" → "Anime Title",
 * "剃须。 Anime Title" → "Anime Title". A Latin word glued to Chinese ("怒Anime") keeps both.
 */
export function preferLatin(raw: string): string {
  if (!CJK.test(raw)) return raw;
  let parts = raw.split(SPLIT_NATIVE).filter((p) => p.trim() !== '');
  if (parts.length === 1 && raw.includes('_')) parts = splitUnderscore(raw);
  if (parts.length > 1) {
    const latin = parts.filter((p) => HAS_LATIN.test(p) && !CJK.test(p));
    if (latin.length > 0) return latin[latin.length - 1]!;
    return parts[0]!;
  }
  const words = raw.trim().split(WHITESPACE);
  let k = words.length;
  while (k > 0 && !CJK.test(words[k - 1]!)) k--;
  if (k === 0 || k === words.length) return raw;
  const boundary = words[k - 1]!;
  if (HAS_LATIN.test(boundary)) return raw;
  const tail = words.slice(k).join(' ');
  return HAS_LATIN.test(tail) ? tail : raw;
}

function splitUnderscore(raw: string): string[] {
  // Fansub brackets join a native and a Latin title with "_": split at the first one after the
  // last CJK character, so the underscores inside the Latin title stay.
  let lastCjk = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    if (CJK.test(raw[i]!)) {
      lastCjk = i;
      break;
    }
  }
  const cut = raw.indexOf('_', lastCjk);
  return cut < 0 ? [raw] : [raw.slice(0, cut), raw.slice(cut + 1)];
}

/** "Title (2009)", "Title [2009]" or "Title 2009" with words before the year. */
function trailingYear(text: string): { year: number; rest: string } | null {
  const n = text.length;
  const last = text[n - 1];
  if (last === ')' || last === ']') {
    const digits = text.slice(n - 5, n - 1);
    const open = text[n - 6];
    if ((open === '(' || open === '[') && YEAR_DIGITS.test(digits)) {
      const rest = text.slice(0, n - 6).trimEnd();
      return rest === '' ? null : { year: Number(digits), rest };
    }
    return null;
  }
  const digits = text.slice(n - 4);
  if (text[n - 5] !== ' ' || !YEAR_DIGITS.test(digits)) return null;
  const year = Number(digits);
  const rest = text.slice(0, n - 5).trimEnd();
  // A bare year needs words before it and must be a plausible air year ("Yamato 2199" is a title).
  return year >= 1920 && year <= 2039 && HAS_LETTER.test(rest) ? { year, rest } : null;
}

/**
 * "Hellsing OVA - 03": a release kind ending the title says what the file is, not which show.
 * Reads like /\s+(ova|oad|ona)$/i, without scanning every title for it.
 */
function trailingKind(text: string): { 1: string; index: number } | null {
  const n = text.length;
  if (n < 4) return null;
  const word = text.slice(n - 3);
  const lower = word.toLowerCase();
  if (lower !== 'ova' && lower !== 'oad' && lower !== 'ona') return null;
  let index = n - 3;
  while (index > 0 && SPACE.test(text[index - 1]!)) index--;
  return index === n - 3 ? null : { 1: word, index };
}

/** Tidies a title slice: separators, country tags, a trailing year, "Simpsons, The". */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x7f || c === 33 || c === 39;
}

function trim(text: string): string {
  let out = text;
  if (out !== '' && !isWordChar(out.charCodeAt(0))) out = out.replace(LEAD_TRIM, '');
  if (out !== '' && !isWordChar(out.charCodeAt(out.length - 1))) out = out.replace(TRAIL_TRIM, '');
  return out;
}

// Every episode of a show repeats its title slice ("[Group] Frieren - 05", "- 06", ...), so each
// distinct slice is tidied once; the cache is dropped whole when it grows past a bound.
const spaceCache = new BoundedMemo<FinishedTitle>(20_000);
const dotCache = new BoundedMemo<FinishedTitle>(20_000);
const underscoreCache = new BoundedMemo<FinishedTitle>(20_000);

/** The title in `raw`, tidied: separators, country tags, a trailing year or special kind. */
export function finishTitle(raw: string, delimiter: Delimiter): FinishedTitle {
  const cache = delimiter === 'space' ? spaceCache : delimiter === 'dot' ? dotCache : underscoreCache;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  return cache.set(raw, finishTitleUncached(raw, delimiter));
}

function finishTitleUncached(raw: string, delimiter: Delimiter): FinishedTitle {
  let text = humanize(preferLatin(raw), delimiter);
  if (text.indexOf('(') >= 0) text = text.replace(COUNTRY, '');
  let year: number | null = null;
  let specialKind: SpecialKind | null = null;
  for (let pass = 0; pass < 2; pass++) {
    text = trim(text);
    const special = (text.indexOf(' - ') >= 0 ? TRAILING_SPECIAL.exec(text) : null) ?? trailingKind(text);
    if (special) {
      specialKind = kindOf(special[1]!);
      text = text.slice(0, special.index);
      continue;
    }
    const yearHit: { year: number; rest: string } | null = year === null ? trailingYear(text) : null;
    if (yearHit) {
      year = yearHit.year;
      text = yearHit.rest;
    }
  }
  if (text.startsWith('(') && !text.includes(')')) text = text.slice(1).trim();
  const article = text.indexOf(',') >= 0 ? ARTICLE_LAST.exec(text) : null;
  if (article) text = `${article[2]} ${article[1]}`;
  // A name that is only "NCOP" or "OVA" says what the file is, not which show.
  if (ONLY_SPECIAL.test(text)) {
    specialKind ??= kindOf(text);
    text = '';
  }
  return { title: text === '' ? null : text, year, specialKind };
}

function isTitleCandidate(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (!token.span || ctx.bracketKinds[i] !== 'text') return false;
  const text = token.text;
  if (BRACKET_NUMBER.test(text) || CJK_TAG.test(text) || isWebsite(text)) return false;
  SEASON_WORD.lastIndex = 0;
  SEASON_S.lastIndex = 0;
  EPISODE_WORD.lastIndex = 0;
  const seasonOnly = SEASON_WORD.exec(text)?.[0] === text || SEASON_S.exec(text)?.[0] === text;
  const episodeOnly = EPISODE_WORD.exec(text)?.[0].trim() === text.trim();
  return !seasonOnly && !episodeOnly && (HAS_LATIN.test(text) || CJK.test(text));
}

/** Strips release words a title bracket may end with ("… HD REMASTER"). */
function dropTrailingMeta(title: string): string {
  const words = title.split(' ');
  while (words.length > 1 && classifyWord(words[words.length - 1]!, true)) words.pop();
  return words.join(' ');
}

/**
 * For names made only of brackets ("[Group][Title][05][1080p]"), the title is a bracket: the
 * first one with a Latin title if any, else the first, skipping the group when it has company.
 */
export function titleFromBrackets(ctx: NameContext): { title: string | null; titleToken: number; groupIsTitle: boolean } {
  const candidates: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) if (isTitleCandidate(ctx, i)) candidates.push(i);
  if (candidates.length === 0) return { title: null, titleToken: -1, groupIsTitle: false };
  const usable = candidates.length > 1 && candidates[0] === ctx.groupToken ? candidates.slice(1) : candidates;
  const pure = usable.find((i) => !CJK.test(ctx.tokens[i]!.text) && HAS_LATIN.test(ctx.tokens[i]!.text));
  const mixed = usable.find((i) => HAS_LATIN.test(preferLatin(rawOf(ctx, i)).replace(CJK, '')));
  const pick = pure ?? mixed ?? usable[0]!;
  const finished = finishTitle(rawOf(ctx, pick), 'space');
  // The season was read from the bracket already: "[… Kyoushitsu e S3]".
  const title = finished.title === null ? null : dropTrailingMeta(finished.title).replace(TRAILING_SEASON, '');
  return { title, titleToken: pick, groupIsTitle: pick === ctx.groupToken };
}

function rawOf(ctx: NameContext, i: number): string {
  const token = ctx.tokens[i]!;
  const raw = ctx.s.slice(token.start + 1, token.end - 1);
  return DOTTED_WORDS.test(raw) ? raw.replace(DOTS, ' ') : raw;
}
