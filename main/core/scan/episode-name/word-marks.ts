import { CJK_TAG, LANGUAGE_NAMES, SUB_OR_DUB } from './keywords';

/**
 * Classes of a whole word: its punctuation, a language's name. Each is read once per distinct
 * word, with the word's cached analysis (see analyzeWord), instead of every time a step looks.
 */
export const Mark = {
  /** Punctuation or a fansub tag ("-", "★", "新番") that may come before the title. */
  leading: 1,
  /** Separators and stars that may stand beside the episode number ("-", "|", "★"). */
  decoration: 2,
  /** Dashes, tildes and dots: what separates a number from the words after it. */
  dash: 4,
  /** Dashes and list marks ("-", "&", "+"): what may come before an episode title. */
  separator: 8,
  /** A language's name ("German"), which scene releases write before their release words. */
  language: 16,
  /** "Sub", "Dubbed": said of the language before it. */
  subOrDub: 32,
} as const;

const LEADING = /^[-~.|:;,★☆♪◆◇•●○■□▼▽※+=]+$/;
const DECORATION = /^[-~.|:★☆]+$/;
const DASH = /^[-~.]+$/;
const SEPARATOR = /^[-~+&,.]+$/;

export function marksOf(word: string): number {
  let marks = 0;
  if (LEADING.test(word) || CJK_TAG.test(word)) marks |= Mark.leading;
  if (DECORATION.test(word)) marks |= Mark.decoration;
  if (DASH.test(word)) marks |= Mark.dash;
  if (SEPARATOR.test(word)) marks |= Mark.separator;
  const lower = word.toLowerCase();
  if (LANGUAGE_NAMES.has(lower)) marks |= Mark.language;
  if (SUB_OR_DUB.has(lower)) marks |= Mark.subOrDub;
  return marks;
}
