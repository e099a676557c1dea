import type { Candidate } from './candidate';
import type { FolderQuery } from './folder-query';
import { partSimilarity, titleSimilarity } from './similarity';
import { normalizeTitle } from '../../util/normalize-title';
import { splitSeason, withoutPart } from './title-parts';

export interface LocalFacts {
  /** Video files in the folder, or in its first season when it holds several (0 when unknown). */
  videoCount: number;
  /** Regular episodes in the whole folder, all seasons: what a TMDB show's count is set against. */
  showEpisodes?: number;
  /** The highest season the folder's episodes are numbered in (0 or absent when none). */
  highestSeason?: number;
}

export interface Scored {
  candidate: Candidate;
  /** Usually 0–1; a little above 1 when the title is exact and year or season agree too. */
  score: number;
  /** What moved the score, for the CLI's explanation and for calibration. */
  why: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const EXACT_TITLE_BONUS = 0.05;
/**
 * The folder spells an entry's title as the entry writes it, punctuation and all: "K-On!" is not
 * "K-ON!!", nor "Gintama'" "Gintama", though their words are the same. Large enough to lead
 * an entry whose words alone are exact.
 */
const AS_WRITTEN_BONUS = 0.15;
/** Words that say what kind of entry a title is, not which: "Demon Slayer Arc" names no arc. */
const KIND_WORDS = new Set(['arc', 'hen', 'movie', 'film', 'gekijouban', 'the', 'special', 'specials', 'ova', 'oad', 'ona', 'tv', 'series', 'final']);

/**
 * A candidate's score, 0–1: the best title similarity over all its titles and synonyms (both
 * with their season words removed and as written), then adjusted by the year, by the country a
 * folder names ("(US)"), by the season and
 * part asked for against the entry's place in its sequel chain, by the local episode count
 * against the entry's, and by the format (a folder of many files is not a film).
 */
export function scoreCandidate(query: FolderQuery, local: LocalFacts, c: Candidate): Scored {
  const why: string[] = [];
  const qBase = normalizeTitle(query.search);
  const qFull = normalizeTitle(query.full);
  const qWords = new Set(qFull.split(' '));
  const coveredBy = (title: string, words: Set<string>) => title !== '' && title.split(' ').every((w) => words.has(w));
  let baseSim = 0;
  let fullSim = 0;
  let covered = false;
  let seasonWordsCovered = false;
  let exact = false;
  const qWritten = asWritten(query.full);
  let written = false;
  for (const t of c.titles) {
    written ||= qWritten !== '' && asWritten(t) === qWritten;
    const normalized = normalizeTitle(t);
    const base = normalizeTitle(splitSeason(t).base);
    fullSim = Math.max(fullSim, titleSimilarity(qFull, normalized));
    baseSim = Math.max(baseSim, titleSimilarity(qBase, base));
    covered ||= coveredBy(normalized, qWords);
    seasonWordsCovered ||= coveredBy(normalizeTitle(withoutPart(t)), qWords);
    exact ||= qFull !== '' && normalized === qFull;
  }
  const noSeasonWords = query.season === null && query.part === null;
  // An entry named by the words its title adds to its prequel's or its parent's (an arc's name,
  // a film's) is that entry.
  const ownWords = noSeasonWords ? ownWordsSimilarity(qFull, c) : 0;
  fullSim = Math.max(fullSim, ownWords);
  // A folder without season words that holds every word of one of an entry's titles names that
  // very entry ("Attack on Titan The Final Season", "One Punch Man 2"): its place in the chain is given.
  const namesEntry = noSeasonWords && ((covered && fullSim >= 0.85) || ownWords > 0);
  let score = Math.max(baseSim, fullSim);
  why.push(`title ${round(score)}`);
  // The folder spells one of the entry's own titles: a spin-off or an OVA whose title only
  // starts with it ("Sousou no Frieren: ●● no Mahou") must not come within the lead of it.
  if (exact) {
    score += EXACT_TITLE_BONUS;
    why.push(`exact title +${EXACT_TITLE_BONUS}`);
  }
  // Only where the folder gives no season, its title is then the whole of what it says, and no
  // year against the entry's: a remake is spelled as its original.
  const yearAgainst = query.year !== null && c.year !== null && Math.abs(query.year - c.year) > 1;
  if (written && noSeasonWords && !yearAgainst) {
    score += AS_WRITTEN_BONUS;
    why.push(`spelled as written +${AS_WRITTEN_BONUS}`);
  }

  if (query.year !== null && c.year !== null) {
    const d = Math.abs(query.year - c.year);
    const adj = d === 0 ? 0.05 : d === 1 ? 0 : -0.25;
    score += adj;
    if (adj) why.push(`year ${adj > 0 ? '+' : ''}${adj}`);
  }

  // "(US)" tells The Office from The Office: as strong as a year.
  if (query.country !== null && c.countries) {
    const adj = c.countries.includes(query.country) ? 0.05 : -0.25;
    score += adj;
    why.push(`country ${adj > 0 ? '+' : ''}${adj}`);
  }

  if (!namesEntry && c.provider === 'anilist') {
    // "The Final Season Part 2" gives a part but no season number: the entry's own words say
    // which, when the folder holds all of them but the part ("Season 2 Part 2" is not them).
    const wantSeason = query.season ?? (query.part !== null && seasonWordsCovered ? c.season : 1);
    const wantPart = query.part ?? 1;
    if (c.season !== wantSeason) {
      const adj = query.season === null ? (c.isSequel ? -0.2 : -0.1) : -0.3;
      score += adj;
      why.push(`season ${c.season}≠${wantSeason} ${adj}`);
    } else if (c.part !== wantPart) {
      // A part asked for weighs as a season asked for does.
      const adj = query.part === null ? -0.15 : -0.3;
      score += adj;
      why.push(`part ${c.part}≠${wantPart} ${adj}`);
    } else if (query.season !== null || query.part !== null) {
      score += 0.05;
      why.push('season +0.05');
    }
  }

  // A TMDB show holds every season; an AniList entry is one season.
  const n = c.provider === 'tmdb' ? (local.showEpisodes ?? local.videoCount) : local.videoCount;
  const highest = local.highestSeason ?? 0;
  if (c.seasons !== undefined && highest > c.seasons) {
    score -= 0.3;
    why.push(`season ${highest} > the show's ${c.seasons} -0.3`);
  }
  if (n > 0 && c.episodes !== null && c.episodes > 0) {
    // A TMDB count leaves out specials, and a folder may hold them: only far more files weigh.
    if (n > (c.provider === 'anilist' ? c.episodes + 2 : 2 * c.episodes + 2)) {
      score -= 0.15;
      why.push(`episodes ${n}>${c.episodes} -0.15`);
    } else if (n <= c.episodes && n >= Math.ceil(c.episodes * 0.5)) {
      score += 0.03;
      why.push('episodes +0.03');
    }
  }
  if (n >= 3 && c.format === 'MOVIE') {
    score -= 0.3;
    why.push('a film, not a folder of episodes -0.3');
  } else if (n === 1 && (c.format === 'TV' || c.format === 'ONA') && (c.episodes ?? 0) >= 6) {
    score -= 0.1;
    why.push('one file, a series -0.1');
  } else if (n >= 3 && (c.format === 'SPECIAL' || c.format === 'MUSIC') && (c.episodes ?? 0) < n) {
    score -= 0.15;
    why.push(`${c.format} -0.15`);
  }

  // Not capped at 1 here: an exact title with the right year must lead an exact title without.
  return { candidate: c, score: round(Math.max(0, score)), why };
}

/** A title as written, with only case, width, spacing and a year in brackets set aside (see normalizeTitle). */
function asWritten(title: string): string {
  return title.normalize('NFKC').replace(/\((?:19|20)\d{2}\)/g, ' ').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * How well a folder names a sequel or a film by its own words, 0 when it does not: "Demon Slayer
 * Entertainment District Arc" for "Demon Slayer: Kimetsu no Yaiba Entertainment District Arc".
 * Every word of the folder is in one of the entry's titles, in order, and at least one of them is
 * in none of the titles of the entry it continues or belongs to (else the folder names that one
 * as well). Scored as a title that starts with the folder's words is (partSimilarity).
 */
function ownWordsSimilarity(query: string, c: Candidate): number {
  const words = query.split(' ');
  if (c.baseTitles.length === 0 || words.length < 2) return 0;
  const baseWords = new Set(c.baseTitles.flatMap((t) => normalizeTitle(t).split(' ')));
  if (words.every((w) => baseWords.has(w) || KIND_WORDS.has(w))) return 0;
  let best = 0;
  for (const t of c.titles) {
    const title = normalizeTitle(t);
    if (inOrderWithin(words, title.split(' '))) best = Math.max(best, partSimilarity(query, title));
  }
  return best;
}

/** Whether `words` appear in `within` in the same order, others allowed between them. */
function inOrderWithin(words: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const w of within) if (at < words.length && w === words[at]) at++;
  return at === words.length;
}
