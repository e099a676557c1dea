import path from 'node:path';
import { sql } from 'kysely';
import type { Tx } from '../handle';
import type { SeriesUpdate } from '../schema';
import { clearEndedJobs, queueLoadJobs } from './jobs';
import { resetForReload, STAGE_FLAGS, updateSeries } from './series';

/** A series folder renamed or moved inside its library folder (see library/moved-series.ts). */
export interface SeriesMove {
  id: number;
  from: string;
  to: string;
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

/** `column` is `folder` or a path inside it. */
function atOrUnder(column: string, folder: string) {
  const under = folder + path.sep;
  return sql<boolean>`(${sql.ref(column)} = ${folder} OR substr(${sql.ref(column)}, 1, length(${under})) = ${under})`;
}
