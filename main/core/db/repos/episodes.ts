import { chunks } from '../../../../shared/chunks';
import { insertRows, updateById } from '../compiled-writes';
import type { DbOrTx } from '../handle';
import { forgetWritten, moveWrittenRecord } from './written-files';
import type { EpisodeRow, EpisodeUpdate, NewEpisode } from '../schema';

/** The `episodes` table: every query on it lives here. */

/** What a scan changes in a series' episode rows; written in one go by `applyEpisodeChanges`. */
export interface EpisodeChanges {
  insert: NewEpisode[];
  update: Array<{ id: number; row: EpisodeUpdate }>;
  remove: number[];
  /** Episode NFOs that moved with their video (a season folder renamed): the record that Anishelf wrote them follows. */
  movedNfos?: Array<{ from: string; to: string }>;
  /** Episode NFOs of Anishelf's that the scan removed, their video gone: their records go. */
  removedNfos?: string[];
}

export const NO_EPISODE_CHANGES: EpisodeChanges = { insert: [], update: [], remove: [] };

export function mergeEpisodeChanges(a: EpisodeChanges, b: EpisodeChanges): EpisodeChanges {
  const movedNfos = [...(a.movedNfos ?? []), ...(b.movedNfos ?? [])];
  const removedNfos = [...(a.removedNfos ?? []), ...(b.removedNfos ?? [])];
  return {
    insert: [...a.insert, ...b.insert],
    update: [...a.update, ...b.update],
    remove: [...a.remove, ...b.remove],
    ...(movedNfos.length ? { movedNfos } : {}),
    ...(removedNfos.length ? { removedNfos } : {}),
  };
}

/** What a rescan compares against: each known file's size and time, and its NFO. */
export async function listEpisodeFiles(db: DbOrTx, seriesId: number): Promise<Array<Pick<EpisodeRow, 'id' | 'path' | 'size' | 'mtime_ms' | 'nfo_path'>>> {
  return db.selectFrom('episodes').select(['id', 'path', 'size', 'mtime_ms', 'nfo_path']).where('series_id', '=', seriesId).execute();
}

/** A series' episodes in reading order (season, episode, path). */
export async function listEpisodes(db: DbOrTx, seriesId: number) {
  return db
    .selectFrom('episodes')
    .select(['path', 'season', 'episode', 'episodes', 'absolute', 'special', 'special_kind', 'version', 'title', 'parsed'])
    .where('series_id', '=', seriesId)
    .orderBy('season')
    .orderBy('episode')
    .orderBy('path')
    .execute();
}

/** The episodes that have an NFO beside them. */
export async function listEpisodesWithNfo(db: DbOrTx, seriesId: number) {
  const rows = await db
    .selectFrom('episodes')
    .select(['id', 'nfo_path', 'episodes', 'season', 'title'])
    .where('series_id', '=', seriesId)
    .where('nfo_path', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, nfo_path: r.nfo_path! }));
}

/** The episodes with no NFO beside them, in path order (the nfo stage writes theirs). */
export async function listEpisodesWithoutNfo(db: DbOrTx, seriesId: number) {
  return db
    .selectFrom('episodes')
    .select(['id', 'path', 'season', 'episodes', 'special', 'special_kind', 'title', 'parsed'])
    .where('series_id', '=', seriesId)
    .where('nfo_path', 'is', null)
    .orderBy('path')
    .execute();
}

/** Writes a scan's changes; call it inside the transaction that also records the series. */
export async function applyEpisodeChanges(db: DbOrTx, changes: EpisodeChanges): Promise<void> {
  for (const batch of chunks(changes.insert, 300)) await insertRows(db, 'episodes', batch);
  for (const { id, row } of changes.update) await updateById(db, 'episodes', id, row);
  for (const batch of chunks(changes.remove, 500)) await db.deleteFrom('episodes').where('id', 'in', batch).execute();
  for (const { from, to } of changes.movedNfos ?? []) await moveWrittenRecord(db, from, to);
  if (changes.removedNfos) await forgetWritten(db, changes.removedNfos);
}

/** Regular (non-special) episode files per season number ≥ 1 of one series. */
export async function regularEpisodesPerSeason(db: DbOrTx, seriesId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('episodes')
    .select((eb) => ['season', eb.fn.countAll<number>().as('n')])
    .where('series_id', '=', seriesId)
    .where('special', '=', 0)
    .where('season', '>=', 1)
    .groupBy('season')
    .execute();
  return new Map(rows.filter((r) => r.season !== null).map((r) => [r.season as number, Number(r.n)]));
}
