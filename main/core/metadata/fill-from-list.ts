import type { Db } from '../db/handle';
import { getSeriesMatch } from '../db/repos/matches';
import { entryCast } from '../db/repos/provider-episodes';
import { getSeriesRow } from '../db/repos/series';

/**
 * Whether the episode list just stored brings a cast the series' tvshow.nfo lacks: the NFO
 * exists, is a Kodi one, is not locked and holds no <actor>, and the matched entry's list has a
 * cast. Checked from the database alone, so a list refresh (daily for airing shows) costs no
 * provider request for a cast already written.
 */
export async function castToFill(db: Db, seriesId: number): Promise<boolean> {
  const row = await getSeriesRow(db, seriesId);
  if (!row || row.has_nfo !== 1 || row.nfo_state !== 'valid' || row.locked === 1 || row.nfo_actors > 0) return false;
  const match = await getSeriesMatch(db, seriesId);
  if (match?.state !== 'matched' || !match.provider || !match.id) return false;
  const cast = await entryCast(db, seriesId, match.provider, match.id);
  return cast !== null && cast.length > 0;
}
