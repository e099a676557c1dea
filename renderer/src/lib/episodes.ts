import type { EpisodeSummary } from '../../../shared/types';

export interface SeasonGroup {
  key: string;
  label: string;
  episodes: EpisodeSummary[];
}

const recognised = (e: EpisodeSummary) => e.episodes.length > 0 || e.absolute.length > 0;

/**
 * Episodes by season: 1, 2, … then "Episodes" (numbered files with no season: a flat fansub
 * folder counts absolute numbers), then Specials (season 0 or flagged), then files whose episode
 * could not be told. A season the NFO names keeps its number beside the name ("Season 4 · The
 * Final Season"), as the folders are numbered.
 */
export function groupBySeason(episodes: readonly EpisodeSummary[], seasonNames: Readonly<Record<number, string>> = {}): SeasonGroup[] {
  const groups = new Map<string, SeasonGroup>();
  for (const e of episodes) {
    const special = e.special === true || e.season === 0;
    const [key, label] = special ? ['specials', 'Specials'] : e.season !== null ? [`s${e.season}`, seasonLabel(e.season, seasonNames)] : recognised(e) ? ['flat', 'Episodes'] : ['none', 'Not recognised'];
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, episodes: [] }));
    group.episodes.push(e);
  }
  const rank = (g: SeasonGroup) => ({ flat: 1e5, specials: 1e6, none: 2e6 })[g.key] ?? Number(g.key.slice(1));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

function seasonLabel(season: number, names: Readonly<Record<number, string>>): string {
  const name = names[season];
  return name ? `Season ${season} · ${name}` : `Season ${season}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function range(numbers: number[], prefix: string, format: (n: number) => string = pad): string {
  if (numbers.length === 0) return '';
  const first = format(numbers[0]!);
  const last = format(numbers[numbers.length - 1]!);
  return numbers.length === 1 ? `${prefix}${first}` : `${prefix}${first}–${prefix}${last}`;
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * What was parsed from one file, as short tags: "S01E05", "Ep 25" (an absolute number, as flat
 * fansub releases count), "OVA 1", "v2".
 */
export function episodeTags(e: EpisodeSummary): string[] {
  const tags: string[] = [];
  if (e.special && e.specialKind) {
    const kind = e.specialKind.toUpperCase();
    tags.push(e.episodes.length ? `${kind} ${e.episodes.join('–')}` : kind);
  } else {
    const episodes = range(e.episodes, 'E');
    const absoluteOnly = e.season === null && (e.episodes.length === 0 || same(e.episodes, e.absolute));
    if (absoluteOnly && e.absolute.length) tags.push(`Ep ${e.absolute.join('–')}`);
    else {
      if (episodes) tags.push(e.season !== null ? `S${pad(e.season)}${episodes}` : episodes);
      if (e.absolute.length) tags.push(range(e.absolute, '#', String));
    }
    if (e.special) tags.push('special');
  }
  if (e.version != null && e.version > 1) tags.push(`v${e.version}`);
  if (e.part != null) tags.push(`part ${e.part}`);
  if (tags.length === 0) tags.push('not recognised');
  return tags;
}
