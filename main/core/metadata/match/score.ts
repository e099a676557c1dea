import type { Candidate } from './candidate';
import type { FolderQuery } from './folder-query';
import { titleSimilarity } from './similarity';
import { normalizeTitle } from '../../util/normalize-title';
import { splitSeason } from './title-parts';

export interface LocalFacts {
  /** Video files in the folder (0 when unknown). */
  videoCount: number;
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
  const qBaseWords = new Set(qBase.split(' '));
  const coveredBy = (title: string, words: Set<string>) => title !== '' && title.split(' ').every((w) => words.has(w));
  let baseSim = 0;
  let fullSim = 0;
  let covered = false;
  let coveredBase = false;
  let exact = false;
  for (const t of c.titles) {
    const normalized = normalizeTitle(t);
    const base = normalizeTitle(splitSeason(t).base);
    fullSim = Math.max(fullSim, titleSimilarity(qFull, normalized));
    baseSim = Math.max(baseSim, titleSimilarity(qBase, base));
    covered ||= coveredBy(normalized, qWords);
    coveredBase ||= coveredBy(base, qBaseWords);
    exact ||= qFull !== '' && normalized === qFull;
  }
  // A folder without season words that holds every word of one of an entry's titles names that
  // very entry ("Attack on Titan The Final Season", "One Punch Man 2"): its place in the chain is given.
  const namesEntry = query.season === null && query.part === null && covered && fullSim >= 0.85;
  let score = Math.max(baseSim, fullSim);
  why.push(`title ${round(score)}`);
  // The folder spells one of the entry's own titles: a spin-off or an OVA whose title only
  // starts with it ("Sousou no Frieren: ●● no Mahou") must not come within the lead of it.
  if (exact) {
    score += EXACT_TITLE_BONUS;
    why.push(`exact title +${EXACT_TITLE_BONUS}`);
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
    // "The Final Season Part 2" gives a part but no season number: the entry's own words say which.
    const wantSeason = query.season ?? (query.part !== null && coveredBase ? c.season : 1);
    const wantPart = query.part ?? 1;
    if (c.season !== wantSeason) {
      const adj = query.season === null ? (c.isSequel ? -0.2 : -0.1) : -0.3;
      score += adj;
      why.push(`season ${c.season}≠${wantSeason} ${adj}`);
    } else if (c.part !== wantPart) {
      score -= 0.15;
      why.push(`part ${c.part}≠${wantPart} -0.15`);
    } else if (query.season !== null || query.part !== null) {
      score += 0.05;
      why.push('season +0.05');
    }
  }

  const n = local.videoCount;
  if (n > 0 && c.episodes !== null && c.episodes > 0) {
    if (n > c.episodes + 2 && c.provider === 'anilist') {
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
