import type { ExpectedEpisode, FileNumbers, SharedShow } from './types';
import { FILE_STRIDE } from '../db/repos/episode-files';
import { isExtraKind } from '../../../shared/extra-kinds';

export interface ShowMember {
  seriesId: number;
  show: string;
  seasonHint: number | null;
  seasons: readonly number[];
}

/**
 * Each member's share of its show: season packs of one show side by side ("Breaking.Bad.2008.
 * S01.1080p…", "…S02…"), each matched to the whole show, or the same show in two library
 * folders. Each lists the missing episodes of the seasons it holds; the seasons none of them
 * holds are listed once, by the show's own folder (one whose name says no season), else by the
 * one with the lowest season.
 */
export function sharedShows(members: readonly ShowMember[]): Map<number, SharedShow> {
  const byShow = new Map<string, ShowMember[]>();
  for (const m of members) {
    const group = byShow.get(m.show);
    if (group) group.push(m);
    else byShow.set(m.show, [m]);
  }
  const out = new Map<number, SharedShow>();
  for (const group of byShow.values()) {
    if (group.length < 2) continue;
    const rest = group.reduce((best, m) => (rank(m) < rank(best) ? m : best));
    for (const m of group) {
      const heldElsewhere = new Set<number>();
      for (const other of group) if (other !== m) for (const s of other.seasons) heldElsewhere.add(s);
      out.set(m.seriesId, { heldElsewhere, listsTheRest: m === rest });
    }
  }
  return out;
}

/** The show's own folder first, then the lowest season a folder's name says, then the oldest. */
function rank(m: ShowMember): number {
  return (m.seasonHint ?? 0) * 1e9 + m.seriesId;
}

/** The expected episodes a series of a shared show answers for. */
export function ownShare<T extends Pick<ExpectedEpisode, 'season' | 'special'>>(expected: T[], share: SharedShow, files: FileNumbers): T[] {
  const held = new Set<number>();
  let holdsSpecials = false;
  for (let at = 0; at < files.numbers.length; at += FILE_STRIDE) {
    if (isExtraKind(files.numbers[at + 2] as string | null)) continue;
    if (files.numbers[at + 1] === 1) holdsSpecials = true;
    else held.add((files.numbers[at] as number | null) ?? 1);
  }
  return expected.filter((e) => {
    if (e.special) return holdsSpecials || share.listsTheRest;
    return held.has(e.season) || (share.listsTheRest && !share.heldElsewhere.has(e.season));
  });
}
