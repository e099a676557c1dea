import type { EpisodeSummary } from '../../../shared/types';

export interface SeasonGroup {
  key: string;
  label: string;
  episodes: EpisodeSummary[];
}

/** Episodes by season: 1, 2, … then Specials (season 0 or flagged), then files with no season. */
export function groupBySeason(episodes: readonly EpisodeSummary[]): SeasonGroup[] {
  const groups = new Map<string, SeasonGroup>();
  for (const e of episodes) {
    const special = e.special === true || e.season === 0;
    const key = special ? 'specials' : e.season === null ? 'none' : `s${e.season}`;
    const label = special ? 'Specials' : e.season === null ? 'No season' : `Season ${e.season}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, episodes: [] }));
    group.episodes.push(e);
  }
  const rank = (g: SeasonGroup) => (g.key === 'specials' ? 1e6 : g.key === 'none' ? 2e6 : Number(g.key.slice(1)));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

const pad = (n: number) => String(n).padStart(2, '0');

function range(numbers: number[], prefix: string, format: (n: number) => string = pad): string {
  if (numbers.length === 0) return '';
  const first = format(numbers[0]!);
  const last = format(numbers[numbers.length - 1]!);
  return numbers.length === 1 ? `${prefix}${first}` : `${prefix}${first}–${prefix}${last}`;
}

/** What was parsed from one file, as short tags: "E01–E02", "#25", "special", "v2". */
export function episodeTags(e: EpisodeSummary): string[] {
  const tags: string[] = [];
  const episodes = range(e.episodes, 'E');
  if (episodes) tags.push(e.season !== null ? `S${pad(e.season)}${episodes}` : episodes);
  if (e.absolute.length) tags.push(range(e.absolute, '#', String));
  if (e.special) tags.push('special');
  if (e.version != null && e.version > 1) tags.push(`v${e.version}`);
  if (tags.length === 0) tags.push('not recognised');
  return tags;
}

/** The file name of an episode path (either separator). */
export function fileName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
