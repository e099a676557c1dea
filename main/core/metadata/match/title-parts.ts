// Season and part markers in a title, the way folder names and provider titles write them:
// "S2", "Season 2", "2nd Season", "Second Season", "II", "第2期", "Part 2", "Cour 2", "第2クール".

export interface TitleParts {
  /** The title with its season and part markers removed. */
  base: string;
  season: number | null;
  part: number | null;
}

const ROMAN: Record<string, number> = { ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };
const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const toNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (KANJI[s] ?? ROMAN[s.toLowerCase()] ?? NaN));

/** Markers, most specific first; each captures the number. */
const SEASON_MARKERS: RegExp[] = [
  /\b(\d{1,2})(?:st|nd|rd|th)[\s._-]*season\b/i,
  /\b(second|third|fourth|fifth|sixth|seventh)[\s._-]+season\b/i,
  /\bseason[\s._-]*0*(\d{1,2})\b/i,
  /(?:^|[\s._-])s0*(\d{1,2})(?=$|[\s._\-\]):])/i,
  /第\s*(\d{1,2}|[一二三四五六七八九十])\s*(?:期|シーズン|季)/,
  // A roman numeral after the title: "Overlord II", "Mob Psycho 100 III", "無職転生II ～…".
  /(?:^|(?<=[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))(ii|iii|iv|vi|vii|viii|ix)(?=$|[\s:：~～\-!])/iu,
  // "R2" ending the title, as Code Geass names its second season ("Code Geass R2", "…Lelouch R2").
  /(?<=\s)r([2-9])$/i,
  // A lone digit 2–9 ending the title: "One Punch Man 2", "Boku no Hero Academia 3" (not "Steins;Gate 0", "Mob Psycho 100").
  /(?<=[\p{L}!?.'’]\s)([2-9])$/u,
];
const PART_MARKERS: RegExp[] = [
  /\b(?:part|cour)[\s._-]*0*(\d{1,2}|ii|iii)\b/i,
  /第\s*(\d{1,2}|[一二三四五六七八九十])\s*クール/,
];
const SECOND_HALF = /後半(?:クール)?/;

/** The title with its part or cour marker removed and its season words kept ("The Final Season"). */
export function withoutPart(title: string): string {
  let text = title.normalize('NFKC');
  for (const marker of PART_MARKERS) text = text.replace(marker, ' ');
  return text.replace(SECOND_HALF, ' ');
}

export function splitSeason(title: string): TitleParts {
  let text = title.normalize('NFKC');
  let season: number | null = null;
  let part: number | null = null;
  // Parts first: the "2" of "Part 2" is not a season.
  for (const marker of PART_MARKERS) {
    const m = marker.exec(text);
    if (!m) continue;
    const n = toNumber(m[1]!);
    if (!Number.isFinite(n)) continue;
    part ??= n;
    text = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  }
  for (const marker of SEASON_MARKERS) {
    const m = marker.exec(text);
    if (!m) continue;
    const n = ORDINAL_WORDS[m[1]!.toLowerCase()] ?? toNumber(m[1]!);
    if (!Number.isFinite(n)) continue;
    season ??= n;
    text = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  }
  if (part === null && SECOND_HALF.test(text)) {
    part = 2;
    text = text.replace(SECOND_HALF, ' ');
  }
  return { base: text.replace(/\s+/g, ' ').replace(/[\s:：~～\-_.]+$/, '').trim(), season, part };
}

