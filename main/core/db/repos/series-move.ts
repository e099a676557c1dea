import path from 'node:path';
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../handle';
import type { SeriesUpdate } from '../schema';
import { clearEndedJobs, queueLoadJobs } from './jobs';
import { resetForReload, STAGE_FLAGS, updateSeries } from './series';

/** A series folder renamed or moved, in its library folder or to another (see library/moved-series.ts). */
export interface SeriesMove {
  id: number;
  from: string;
  to: string;
  /** The library folder `to` is in. */
  rootId: number;
}

/**
 * Moves a series' record to its folder's new path, keeping its id and so everything the user
 * set on it (match and picks, locks, not-wanted marks, settings). Every stored path under the old
 * folder follows it: episodes and their NFOs, artwork, the files Anishelf wrote there (so they are
 * still known as its own) and the watched folder times. Then a fresh load is queued, which reads
 * the folder at its new place. `names` are the columns read from the new folder name (a locked
 * series keeps its own).
 */
export async function moveSeriesFolder(trx: Tx, move: SeriesMove, names: SeriesUpdate, nowIso: string): Promise<void> {
  const { id, from, to } = move;
  // `to` + the rest of the path after `from`: the same for the folder itself and anything under it.
  // Lengths are SQLite's (characters); JavaScript's count UTF-16 units, more for an emoji.
  const moved = (column: string) => sql<string>`${to} || substr(${sql.ref(column)}, length(${from}) + 1)`;

  const row = await trx.selectFrom('series').select(['locked']).where('id', '=', id).executeTakeFirstOrThrow();
  await updateSeries(trx, id, {
    ...(row.locked ? {} : names),
    path: to,
    root_id: move.rootId,
    folder_name: path.basename(to),
    state: 'present',
    missing_checks: 0,
    unreadable_paths: '[]',
  });
  for (const column of ['nfo_path', 'poster_path', 'logo_path', 'fanart_path'] as const) {
    await trx.updateTable('series').set({ [column]: moved(column) }).where('id', '=', id).where(atOrUnder(column, from)).execute();
  }
  await trx.updateTable('episodes').set({ path: moved('path') }).where('series_id', '=', id).execute();
  await trx.updateTable('episodes').set({ nfo_path: moved('nfo_path') }).where('series_id', '=', id).where(atOrUnder('nfo_path', from)).execute();
  // Records under the new path from before (a series removed from there) are stale.
  await trx.deleteFrom('written_files').where(atOrUnder('path', to)).execute();
  await trx.updateTable('written_files').set({ path: moved('path') }).where(atOrUnder('path', from)).execute();
  await trx.deleteFrom('folder_times').where(atOrUnder('path', to)).execute();
  await trx.updateTable('folder_times').set({ path: moved('path') }).where('series_id', '=', id).execute();
  await clearEndedJobs(trx, id);
  await resetForReload(trx, id, STAGE_FLAGS, nowIso);
  await queueLoadJobs(trx, [id], nowIso);
}

/**
 * A series copied to another library folder, then deleted where it was (a move between drives):
 * the copy, found first and added as a new series, gives way to the old series, which takes its
 * folder with everything the user set on it. The copy's rows go (its files stay).
 */
export async function adoptCopiedSeries(trx: Tx, move: SeriesMove, copyId: number, names: SeriesUpdate, nowIso: string): Promise<boolean> {
  // A loader that took the copy up meanwhile keeps it; the next check tries again.
  const dropped = await trx.deleteFrom('series').where('id', '=', copyId).where('loading_status', '!=', 'loading').executeTakeFirst();
  if (Number(dropped.numDeletedRows) === 0) return false;
  await moveSeriesFolder(trx, move, names, nowIso);
  return true;
}

/** Whether the user set anything on a series: a lock, a picked match, not-wanted marks, a setting. */
export async function hasUserChoices(db: DbOrTx, seriesId: number): Promise<boolean> {
  const row = await db
    .selectFrom('series')
    .select((eb) => [
      'locked',
      eb.exists(eb.selectFrom('matches').select('id').where('series_id', '=', seriesId).where('locked', '=', 1)).as('picked'),
      eb.exists(eb.selectFrom('not_wanted').select('series_id').where('series_id', '=', seriesId)).as('marked'),
      eb.exists(eb.selectFrom('series_settings').select('series_id').where('series_id', '=', seriesId)).as('set'),
    ])
    .where('id', '=', seriesId)
    .executeTakeFirst();
  return row !== undefined && (row.locked === 1 || Boolean(row.picked) || Boolean(row.marked) || Boolean(row.set));
}

/** `column` is `folder` or a path inside it. */
function atOrUnder(column: string, folder: string) {
  const under = folder + path.sep;
  return sql<boolean>`(${sql.ref(column)} = ${folder} OR substr(${sql.ref(column)}, 1, length(${under})) = ${under})`;
}
