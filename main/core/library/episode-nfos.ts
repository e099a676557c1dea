import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { ErrorInfo } from '../../../shared/types';
import type { Database } from '../db/schema';
import { isAnishelfError } from '../errors';
import { episodeFieldsFromName } from '../nfo/episode-fields';
import { saveEpisodeNfo, type SaveEpisodeNfoOptions } from '../nfo/save-episode';
import { saveTvshowNfo } from '../nfo/save';
import { getSetting } from '../settings/settings-repo';
import { mapLimit } from '../util/map-limit';
import { isOurs, recordWritten } from '../written/written-files-repo';

export const WRITE_EPISODE_NFOS_SETTING = 'nfo.writeEpisodeNfos';
const CONCURRENCY = 4;

export interface EpisodeNfoReport {
  written: number;
  /** Videos left without an NFO: no episode number in the name, or a file that is not ours. */
  skipped: number;
  /** The first write that failed (a read-only share, a full disk); the others were not tried. */
  error: ErrorInfo | null;
}

export function writeEpisodeNfosEnabled(db: Kysely<Database>): Promise<boolean> {
  return getSetting(db, WRITE_EPISODE_NFOS_SETTING, true);
}

/**
 * Writes an `<episodedetails>` NFO beside every video of one series that has none, from what
 * its file name says, and records it on the episode row. Kodi's "Local information only"
 * scraper lists only episodes with an NFO of their own; these make it list every file.
 */
export async function writeMissingEpisodeNfos(
  db: Kysely<Database>,
  seriesId: number,
  options: { signal?: AbortSignal } = {},
): Promise<EpisodeNfoReport> {
  const rows = await db
    .selectFrom('episodes')
    .select(['id', 'path', 'season', 'episodes', 'special', 'title'])
    .where('series_id', '=', seriesId)
    .where('nfo_path', 'is', null)
    .orderBy('path')
    .execute();
  const report: EpisodeNfoReport = { written: 0, skipped: 0, error: null };
  const written: Array<{ id: number; nfoPath: string; bytes: Buffer }> = [];
  await mapLimit(rows, CONCURRENCY, async (row) => {
    options.signal?.throwIfAborted();
    const fields = episodeFieldsFromName(row);
    if (fields.length === 0 || report.error) {
      report.skipped++;
      return;
    }
    try {
      // An NFO Anishelf wrote earlier (recorded with its hash) may be merged into; any other is the user's.
      const mayUpdate: SaveEpisodeNfoOptions['mayUpdate'] = (file, bytes) => isOurs(db, file, bytes);
      const result = await saveEpisodeNfo(row.path, fields, { mayUpdate });
      if (result.written) {
        report.written++;
        written.push({ id: row.id, nfoPath: result.path, bytes: result.bytes });
      } else report.skipped++;
    } catch (err) {
      if (!isAnishelfError(err)) throw err;
      report.error ??= err.toInfo();
      report.skipped++;
    }
  });
  if (written.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const { id, nfoPath, bytes } of written) {
        await trx.updateTable('episodes').set({ nfo_path: nfoPath }).where('id', '=', id).execute();
        await recordWritten(trx, nfoPath, 'episode-nfo', bytes);
      }
    });
  }
  return report;
}

/**
 * Kodi's local scraper adds a show only from a tvshow.nfo: a series without one (not matched
 * yet, providers off) gets a minimal one — its title and, when known, its year with a premiere
 * date — so Kodi lists its episodes. A match fills it in later through the same merging writer.
 */
export async function writeMinimalShowNfo(db: Kysely<Database>, series: { path: string; title: string; year: number | null }): Promise<string | null> {
  try {
    const result = await saveTvshowNfo(series.path, { title: series.title, ...(series.year ? { year: series.year } : {}) });
    if (result.written) await recordWritten(db, result.path, 'nfo', await fs.promises.readFile(result.path));
    return result.path;
  } catch (err) {
    if (isAnishelfError(err)) return null;
    throw err;
  }
}
