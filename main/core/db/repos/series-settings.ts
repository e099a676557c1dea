import type { DbOrTx } from '../handle';
import { getSetting, setSetting } from './settings';
import { scopeBounds, type SeriesScope } from './series-scope';

const GLOBAL_SHOW_SPECIALS = 'missing.showSpecials';

/** The series' own "show specials" choice; null follows the global setting. */
export async function setSeriesShowSpecials(db: DbOrTx, seriesId: number, show: boolean | null): Promise<void> {
  const value = show === null ? null : show ? 1 : 0;
  await db
    .insertInto('series_settings')
    .values({ series_id: seriesId, show_specials: value })
    .onConflict((oc) => oc.column('series_id').doUpdateSet({ show_specials: value }))
    .execute();
}

/** Every series' own choice (series without one are absent). */
export async function listSeriesShowSpecials(db: DbOrTx, scope?: SeriesScope): Promise<Map<number, boolean>> {
  let query = db.selectFrom('series_settings').select(['series_id', 'show_specials']).where('show_specials', 'is not', null);
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.series_id, r.show_specials === 1]));
}

export async function getGlobalShowSpecials(db: DbOrTx): Promise<boolean> {
  return (await getSetting<boolean>(db, GLOBAL_SHOW_SPECIALS, false)) === true;
}

export async function setGlobalShowSpecials(db: DbOrTx, show: boolean): Promise<void> {
  await setSetting(db, GLOBAL_SHOW_SPECIALS, show);
}
