/**
 * Which families of patterns a word could start. Computed once per distinct word or bracket
 * (the readings are cached), then OR-ed over a name, so a name skips the scans it cannot match.
 */
export const Hint = {
  seasonEpisode: 1,
  cross: 2,
  cap: 4,
  date: 8,
  seasonWord: 16,
  episodeWord: 32,
  of: 64,
  volume: 128,
  special: 256,
  part: 512,
  /** "05 Bölüm": the Turkish word after its number; rare, and its pattern is slow. */
  bolum: 1024,
  /** "Book 2 - Chapter 5" (Avatar). */
  book: 2048,
} as const;

export const ALL_HINTS = 4095;

const S_DIGIT = /s ?\d|^s$/i;
const CROSS = /\dx\d/i;
const CAP = /cap/i;
const DATE = /(?:19|20)\d\d/;
const SEASON_WORD = /season|saison|staffel|tem|stagione|seizoen|sezon|säsong|[期季]/i;
// EPISODE_WORD starts only where no letter or digit comes before ("Ep05", "-E05", "Épisode"), so
// "Sleep" or "Keeper" does not send the whole name through it.
const EPISODE_WORD = /(?:^|[^a-z0-9])(?:e\d|ep|folge|pis[oó]d|cap[ií]t|afl|b[öo]l[üu]m|серия|эпизод|session)|#|[话話集回화회]/i;
const OF = /of/i;
const VOLUME = /vol|dis[ck]/i;
const SPECIAL = /ova|oad|ona|ovd|nc|special|extra|bonus|omake|menu|preview|trailer|teaser|movie|^(?:op|ed|pv|cm|ex|sp)\d*[a-d]?$/i;
const PART = /p(?:ar)?t/i;
const BOLUM = /b[öo]l[üu]m/i;
const BOOK = /book/i;

/** The hints of one word or bracket text. */
export function hintsOf(text: string): number {
  let hints = 0;
  if (S_DIGIT.test(text)) hints |= Hint.seasonEpisode;
  if (CROSS.test(text)) hints |= Hint.cross;
  if (CAP.test(text)) hints |= Hint.cap;
  if (DATE.test(text)) hints |= Hint.date;
  if (SEASON_WORD.test(text)) hints |= Hint.seasonWord;
  if (EPISODE_WORD.test(text)) hints |= Hint.episodeWord;
  if (OF.test(text)) hints |= Hint.of;
  if (VOLUME.test(text)) hints |= Hint.volume;
  if (SPECIAL.test(text)) hints |= Hint.special;
  if (PART.test(text)) hints |= Hint.part;
  if (BOLUM.test(text)) hints |= Hint.bolum;
  if (BOOK.test(text)) hints |= Hint.book;
  return hints;
}
