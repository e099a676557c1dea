import type { ShowMember } from '../db/repos/matches';
import type { ExpectedEpisode, SharedShow } from './types';

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
      out.set(m.seriesId, { seasons: new Set(m.seasons), holdsSpecials: m.holdsSpecials, heldElsewhere, listsTheRest: m === rest });
    }
  }
  return out;
}

/** The show's own folder first, then the lowest season a folder's name says, then the oldest. */
function rank(m: ShowMember): number {
  return (m.seasonHint ?? 0) * 1e9 + m.seriesId;
}

/** The expected episodes a series of a shared show answers for. */
export function ownShare<T extends Pick<ExpectedEpisode, 'season' | 'special'>>(expected: T[], share: SharedShow): T[] {
  return expected.filter((e) => {
    if (e.special) return share.holdsSpecials || share.listsTheRest;
    return share.seasons.has(e.season) || (share.listsTheRest && !share.heldElsewhere.has(e.season));
  });
}
