import { BoundedMemo } from './bounded-memo';
import { hintsOf } from './hints';
import { BRACKET_WORDS, CJK_TAG, META_WORDS, UPPER_WORDS, isStrong, type MetaKind } from './keywords';
import { knownString } from './known-string';
import { BRACKET_NUMBER } from './patterns';
import { marksOf } from './word-marks';

export type WordKind = MetaKind | 'crc' | 'version' | 'website';

export interface WordInfo {
  kind: WordKind;
  value: string;
}

/** Release details gathered while the name is read; the first of each kind wins. */
export interface ReleaseInfo {
  resolution: string | null;
  source: string | null;
  videoCodec: string | null;
  checksum: string | null;
  version: number | null;
}

export function emptyReleaseInfo(): ReleaseInfo {
  return { resolution: null, source: null, videoCodec: null, checksum: null, version: null };
}

const RES_P = /^(\d{3,4})([pi])(?:\d{1,2})?$/i;
const RES_XY = /^(\d{3,4})[x*](\d{3,4})$/i;
const AUDIO = /^(?:e?ac3|aac|ddp?|dd\+|dts|flac|opus|truehd|mp3|pcm|lpcm)(?:x\d|\d{1,2}(?:\.\d)?(?:ch)?)?$/i;
/** "BD1080p" (DB's and Cleo's releases): a source glued to the resolution, which is what counts. */
const SOURCE_THEN_RESOLUTION = /^(?:bd|br|dvd|web|hdtv)(\d{3,4}[pi])$/i;
const CHANNELS = /^[1-8]\.[01](?:ch)?$|^[1-8]ch$/i;
const CRC = /^[0-9a-f]{8}$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-f]/i;
const VERSION = /^v(\d{1,2})$/i;
const WEBSITE = /^www\.|\.(?:com|org|net|ru|to|info|tv|me|cc|nu|se|fr|de)$/i;
const PARTS = /[-+,&/]+/;
const CHANNEL_SUFFIX = /ch$/i;
const CODEC_NUMBER = /^26[45]$/;
const EDGE_DOTS = /^[\s.]+|[\s.]+$/g;
const RELEASE_SPLIT = /[\s,+&/|;]+/;
const RESOLUTION_HEIGHTS: ReadonlySet<string> = new Set(['360', '480', '540', '576', '720', '1080', '2160']);

export function resolutionOf(word: string): string | null {
  const p = RES_P.exec(word);
  if (p) {
    const n = Number(p[1]);
    return n >= 240 && n <= 4320 ? `${n}${p[2]!.toLowerCase()}` : null;
  }
  const xy = RES_XY.exec(word);
  if (xy) {
    const w = Number(xy[1]);
    const h = Number(xy[2]);
    // A size is wider than tall but not absurdly so; 2016x231 is season 2016 episode 231.
    return h >= 200 && w > h && w / h < 3 ? `${h}p` : null;
  }
  const lower = word.toLowerCase();
  if (lower === '4k' || lower === 'uhd') return '2160p';
  return null;
}

/** A bare height such as 720 counts as a resolution only where a title number cannot be. */
export function isBareHeight(word: string): boolean {
  return RESOLUTION_HEIGHTS.has(word);
}

// Names in one library repeat the same release words ("1080p", "x264", the group), so the
// answer per word is kept; the cache is dropped whole when it grows past a bound.
const CACHE_LIMIT = 20_000;
const plainCache = new BoundedMemo<WordInfo | null>(CACHE_LIMIT);
const bracketWordCache = new BoundedMemo<WordInfo | null>(CACHE_LIMIT);

function classifyOne(word: string, inBracket: boolean): WordInfo | null {
  const cache = inBracket ? bracketWordCache : plainCache;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  return cache.set(word, classifyUncached(word, inBracket));
}

function classifyUncached(word: string, inBracket: boolean): WordInfo | null {
  if (word === '') return null;
  const lower = word.toLowerCase();
  const known = META_WORDS.get(lower) ?? UPPER_WORDS.get(word);
  if (known) return known;
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const res = resolutionOf(word);
    if (res) return { kind: 'resolution', value: res };
    // A bare "2.0" outside brackets may be a film number (Evangelion 2.0); "5.1ch" may not.
    // Weak even in brackets: "[Evangelion 3.0 You Can (Not) Redo]" is a title.
    if (CHANNELS.test(word) && (inBracket || CHANNEL_SUFFIX.test(word))) return { kind: 'other', value: word };
    if (inBracket && isBareHeight(word)) return { kind: 'resolution', value: `${word}p` };
  } else {
    if (lower === '4k' || lower === 'uhd') return { kind: 'resolution', value: '2160p' };
    const glued = SOURCE_THEN_RESOLUTION.exec(word);
    const gluedRes = glued ? resolutionOf(glued[1]!) : null;
    if (gluedRes) return { kind: 'resolution', value: gluedRes };
    if (AUDIO.test(word)) return { kind: 'audio', value: word };
    const v = VERSION.exec(word);
    if (v) return { kind: 'version', value: v[1]! };
  }
  if (word.length === 8 && CRC.test(word) && (inBracket || (HAS_DIGIT.test(word) && HAS_LETTER.test(word)))) {
    return { kind: 'crc', value: word.toUpperCase() };
  }
  if (inBracket) {
    if (BRACKET_WORDS.has(lower)) return { kind: 'lang', value: word };
    if (CJK_TAG.test(word)) return { kind: 'cjk', value: word };
  }
  return null;
}

/**
 * What a word says about the release, or null for an ordinary word. Outside brackets a joined
 * word ("x264-GRP", "HDTV-720p") counts by its first part, so a group suffix does not hide it.
 */
export function classifyWord(word: string, inBracket: boolean): WordInfo | null {
  const whole = classifyOne(word, inBracket);
  if (whole || !PARTS.test(word)) return whole;
  const parts = word.split(PARTS);
  if (!inBracket) return classifyOne(parts[0]!, false);
  for (const part of parts) {
    const hit = classifyOne(part, true);
    if (hit) return hit;
  }
  return null;
}

export function isStrongWord(info: WordInfo | null): boolean {
  return info !== null && (info.kind === 'crc' || (info.kind !== 'version' && info.kind !== 'website' && isStrong(info.kind)));
}

export function isWebsite(raw: string): boolean {
  raw = knownString(raw);
  return raw.indexOf('.') >= 0 && WEBSITE.test(raw.replace(EDGE_DOTS, ''));
}

function record(hit: WordInfo | null, info: ReleaseInfo): void {
  if (!hit) return;
  if (hit.kind === 'resolution') info.resolution ??= hit.value;
  else if (hit.kind === 'source') info.source ??= hit.value;
  else if (hit.kind === 'codec') info.videoCodec ??= hit.value;
  else if (hit.kind === 'crc') info.checksum ??= hit.value;
  else if (hit.kind === 'version') info.version ??= Number(hit.value);
}

/** Records every detail a word carries (all parts of a joined word) into `info`. */
export function collectReleaseInfo(word: string, inBracket: boolean, info: ReleaseInfo, whole?: WordInfo | null): void {
  record(whole === undefined ? classifyOne(word, inBracket) : whole, info);
  if (!PARTS.test(word)) return;
  for (const part of word.split(PARTS)) record(classifyOne(part, inBracket), info);
}

export type BracketKind = 'meta' | 'crc' | 'year' | 'version' | 'website' | 'text';

const YEAR = /^(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?$/;
const BRACKET_SPLIT = /[\s,+&/|;_]+/;

/** What a bracket holds, with the release details it gives when it is metadata. */
export interface BracketInfo extends ReleaseInfo {
  kind: BracketKind;
  hints: number;
  /** Short text, not an episode number: in front of the title it names the group. */
  groupName: boolean;
}

/** At most four words: a group name, not a title ("[Mobile Suit Gundam …][07]"). */
function fewWords(text: string): boolean {
  text = knownString(text);
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++spaces > 3) return false;
  return true;
}

/**
 * Sorts a bracket's content. Any strong release word makes it metadata; otherwise languages and
 * flags must be at least half of its words ("[Dual Audio]" yes, "[Central Anime]" no).
 */
function classifyBracketUncached(text: string, raw: string): BracketKind {
  if (text === '') return 'meta';
  if (CRC.test(text)) return 'crc';
  if (YEAR.test(text)) return 'year';
  if (VERSION.test(text)) return 'version';
  if (isWebsite(raw)) return 'website';
  const words = text.split(BRACKET_SPLIT).filter((w) => w !== '');
  let weak = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const hit = classifyWord(word, true);
    if (isStrongWord(hit)) return 'meta';
    if (hit) weak++;
    else if ((word === 'h' || word === 'H' || word === 'x') && CODEC_NUMBER.test(words[i + 1] ?? '')) return 'meta';
  }
  return weak > 0 && weak * 2 >= words.length ? 'meta' : 'text';
}

const bracketCache = new BoundedMemo<BracketInfo>(CACHE_LIMIT);

/** Bracket contents repeat across a library ("1080p", "Multiple Subtitle"); each is read once. */
export function analyzeBracket(text: string, raw: string): BracketInfo {
  const hit = bracketCache.get(raw);
  if (hit !== undefined) return hit;
  const kind = classifyBracketUncached(text, raw);
  const groupName = kind === 'text' && fewWords(text) && !BRACKET_NUMBER.test(text);
  // A checksum's eight hex digits ("8DE44442") can hint at "E4" or "2019", but no pattern may read
  // them: episode and date searches skip a checksum bracket, and no other pattern fits in hex. A
  // year bracket ("(2019)") hints at a date that no date pattern can find in it.
  const hints = kind === 'crc' || kind === 'year' ? 0 : hintsOf(text);
  const info: BracketInfo = { kind, ...emptyReleaseInfo(), hints, groupName };
  if (info.kind === 'meta' || info.kind === 'crc' || info.kind === 'version') {
    const words = text.split(RELEASE_SPLIT);
    for (let k = 0; k < words.length; k++) {
      const codec = joinedCodec(words[k]!, words[k + 1] ?? '');
      if (codec) info.videoCodec ??= codec;
      collectReleaseInfo(words[k]!, true, info);
    }
  }
  return bracketCache.set(raw, info);
}

/** A plain word's meaning and the release details it carries, read once per distinct word. */
export interface WordAnalysis {
  info: WordInfo | null;
  release: ReleaseInfo | null;
  /** Which pattern families the word could start (see hints.ts). */
  hints: number;
  /** Its punctuation classes (see word-marks.ts). */
  marks: number;
}

const wordCache = new BoundedMemo<WordAnalysis>(CACHE_LIMIT);

export function analyzeWord(word: string): WordAnalysis {
  const hit = wordCache.get(word);
  if (hit !== undefined) return hit;
  const info = classifyWord(word, false);
  const release = emptyReleaseInfo();
  collectReleaseInfo(word, false, release, info);
  const any = release.resolution ?? release.source ?? release.videoCodec ?? release.checksum ?? release.version;
  const analysis: WordAnalysis = {
    info, release: any === null ? null : release, hints: hintsOf(word), marks: marksOf(word),
  };
  return wordCache.set(word, analysis);
}

/** Fills the gaps of `into` from `from`. */
export function mergeReleaseInfo(into: ReleaseInfo, from: ReleaseInfo): void {
  into.resolution ??= from.resolution;
  into.source ??= from.source;
  into.videoCodec ??= from.videoCodec;
  into.checksum ??= from.checksum;
  into.version ??= from.version;
}

/** Canonical codec for "h" + "264" written with a dot (H.264), which flattening split in two. */
export function joinedCodec(letter: string, word: string): string | null {
  word = knownString(word);
  // "H.264-GRP" arrives as "H" and "264-GRP".
  const digits = word.length > 3 && word[3] === '-' ? word.slice(0, 3) : word;
  if (digits !== '264' && digits !== '265') return null;
  const l = letter.toLowerCase();
  if (l === 'x') return `x${digits}`;
  return l === 'h' ? `H.${digits}` : null;
}
