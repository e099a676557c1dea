import type { Db } from '../db/handle';
import { getSeriesMatch } from '../db/repos/matches';
import { entryCast, storedSeasonNames } from '../db/repos/provider-episodes';
import { getSeriesRow } from '../db/repos/series';

/**
 * Whether the episode list just stored brings what the series' tvshow.nfo lacks: a cast where the
 * file has no <actor>, or a season name where the file names no such season. Only for an
 * NFO that exists, is a Kodi one and is not locked, of a matched series. Checked from the
 * database alone, so a list refresh (daily for airing shows) costs no provider request for what
 * is written already.
 */
export async function listFillsNfo(db: Db, seriesId: number): Promise<boolean> {
  const row = await getSeriesRow(db, seriesId);
  if (!row || row.has_nfo !== 1 || row.nfo_state !== 'valid' || row.locked === 1) return false;
  const match = await getSeriesMatch(db, seriesId);
  if (match?.state !== 'matched' || !match.provider || !match.id) return false;
  const cast = await entryCast(db, seriesId, match.provider, match.id);
  if (row.nfo_actors === 0 && cast !== null && cast.length > 0) return true;
  const named = JSON.parse(row.nfo_named_seasons) as Record<number, string>;
  return Object.keys(await storedSeasonNames(db, seriesId, match.provider)).some((season) => !(season in named));
}
