import type { SeriesSummary } from '../../../shared/types';

const parts = (p: string) => p.split(/[\\/]/).filter(Boolean);

/**
 * For series whose titles collide (two "Cowboy Bebop"), what tells them apart: the season each
 * folder's name says when they all say a different one (season packs of one show, whose folder
 * names are long release names), else the folder name when the folders differ, else the parent
 * folder (the library root). Other series get nothing.
 */
export function titleNotes(series: Iterable<SeriesSummary>): Map<number, string> {
  const byTitle = new Map<string, SeriesSummary[]>();
  for (const s of series) {
    const key = s.title.trim().toLocaleLowerCase();
    const group = byTitle.get(key);
    if (group) group.push(s);
    else byTitle.set(key, [s]);
  }
  const notes = new Map<number, string>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const seasons = new Set(group.map((s) => s.seasonHint));
    if (!seasons.has(undefined) && seasons.size === group.length) {
      for (const s of group) notes.set(s.id, `Season ${s.seasonHint}`);
      continue;
    }
    const folders = group.map((s) => parts(s.path).at(-1) ?? s.path);
    const foldersDiffer = new Set(folders.map((f) => f.toLocaleLowerCase())).size === group.length;
    group.forEach((s, i) => {
      const parent = parts(s.path).slice(0, -1);
      notes.set(s.id, foldersDiffer ? folders[i]! : `in ${parent.at(-1) ?? '/'}`);
    });
  }
  return notes;
}
