import { CJK_TAG } from './keywords';

/**
 * Punctuation classes of a whole word. Each is read once per distinct word, with the word's
 * cached analysis (see analyzeWord), instead of by a regex run every time a step looks at it.
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
  return marks;
}
