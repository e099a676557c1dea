import { knownString } from './known-string';
import { codeAt } from './string-calls';
import type { Token } from './tokens';

// Kodi's and Plex's stacking words ("- part1", ".cd2", "disc_1"): one part of an episode split
// into several files. The word must start a word of its own, so "Counterpart1" stays a title.
const JOINED = /^(.*?)[\s._-]*\b(?:cd|dvd|part|pt|dis[ck])[._-]?(\d{1,2})$/i;
// The part as the name's last word, after its brackets: "Show - S01E02 [720p].cd1".
const LAST_WORD = /^[._-]?(?:cd|dvd|part|pt|dis[ck])[._-]?(\d{1,2})$/i;
// Spaced ("Part 2") only when it is all the title says: "The Trial Part 2" is an episode's name.
const ALONE = /^(?:cd|dvd|part|pt|dis[ck]) (\d{1,2})$/i;

export interface StackPart {
  /** The episode title without the part, or null when nothing else was left. */
  title: string | null;
  part: number | null;
}

/** The stacking part at the end of an episode title ("Rose - part1" → "Rose", part 1). */
export function splitStackPart(episodeTitle: string | null): StackPart {
  if (episodeTitle === null) return { title: null, part: null };
  const text = knownString(episodeTitle);
  if (!endsInDigit(text)) return { title: text, part: null };
  const joined = JOINED.exec(text);
  if (joined) return { title: joined[1] === '' ? null : joined[1]!, part: Number(joined[2]) };
  const alone = ALONE.exec(text);
  return alone ? { title: null, part: Number(alone[1]) } : { title: text, part: null };
}

/** True for a word that is only a stacking part ("part1", "cd2", ".cd1"): never a release group. */
export function isStackPartWord(word: string): boolean {
  const text = knownString(word);
  return endsInDigit(text) && LAST_WORD.test(text);
}

/** The stacking part written as the name's last word, after the episode's number and brackets. */
export function lastWordStackPart(tokens: readonly Token[], markerToken: number): number | null {
  const last = tokens[tokens.length - 1];
  if (markerToken < 0 || tokens.length - 1 <= markerToken || !last || last.span) return null;
  const text = knownString(last.text);
  if (!endsInDigit(text)) return null;
  const m = LAST_WORD.exec(text);
  return m ? Number(m[1]) : null;
}

// Most titles and words end in a letter: the regexes run only for those ending in a digit.
function endsInDigit(text: string): boolean {
  const last = codeAt(text, text.length - 1);
  return last >= 48 && last <= 57;
}
