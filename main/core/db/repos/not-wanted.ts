import type { DbOrTx } from '../handle';
import { scopeBounds, type SeriesScope } from './series-scope';

/** A "not wanted" mark: one episode, or the whole season when `episode` is null. */
export interface NotWantedMark {
  seriesId: number;
  season: number;
  episode: number | null;
}

const WHOLE_SEASON = -1;

export async function setNotWanted(db: DbOrTx, mark: NotWantedMark, notWanted: boolean, now: Date): Promise<void> {
  const episode = mark.episode ?? WHOLE_SEASON;
  if (notWanted) {
    await db
      .insertInto('not_wanted')
      .values({ series_id: mark.seriesId, season: mark.season, episode, marked_at: now.toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await db.deleteFrom('not_wanted').where('series_id', '=', mark.seriesId).where('season', '=', mark.season).where('episode', '=', episode).execute();
  }
}

/** Marks of one series, or of every series. */
export async function listNotWanted(db: DbOrTx, scope?: SeriesScope): Promise<NotWantedMark[]> {
  let query = db.selectFrom('not_wanted').select(['series_id', 'season', 'episode']);
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  const rows = await query.orderBy('series_id').orderBy('season').orderBy('episode').execute();
  return rows.map((r) => ({ seriesId: r.series_id, season: r.season, episode: r.episode === WHOLE_SEASON ? null : r.episode }));
}
