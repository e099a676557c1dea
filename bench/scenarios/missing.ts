import { openDatabase } from '../../main/core/db/open';
import { saveEpisodeList } from '../../main/core/db/repos/provider-episodes';
import { inTransaction, type Db } from '../../main/core/db/handle';
import { applyEpisodeChanges } from '../../main/core/db/repos/episodes';
import { insertSeries } from '../../main/core/db/repos/series';
import type { NewEpisode, NewSeries } from '../../main/core/db/schema';
import { computeMissing } from '../../main/core/missing/compute';
import { missingReports, missingRows } from '../../main/core/missing/library';
import { loadMissingInputs } from '../../main/core/missing/load';
import { listSharedShowMembers } from '../../main/core/db/repos/matches';
import { sharedShows } from '../../main/core/missing/shared-show';
import { benchDataDir, round } from '../fixtures';
import { timed, withEventLoopDelay } from '../measure';
import type { BenchScenario } from '../scenario';

const SERIES = 5_000;
const PER_SEASON = 12;
const SEASONS = 3;
const NOW_MS = Date.parse('2025-12-08T12:00:00Z');
const DAY_MS = 86_400_000;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Missing episodes of a 5,000-series library, computed from SQLite (episode rows as the scanner
 * writes them and stored provider lists, 36 episodes and about 33 files a series): the whole
 * library's report, read and computed, against a 1 s target, and the main thread's event-loop
 * delay while it runs.
 */
export const missingEpisodes: BenchScenario = {
  name: 'missing-episodes-5000',
  async run() {
    const database = await openDatabase(benchDataDir());
    try {
      const files = await fillLibrary(database.db);
      await missingReports(database.db, NOW_MS); // warm the statement cache and the JIT
      // Several runs, the median reported: one run on a shared machine swings by a factor of two.
      const runs: Array<{ ms: number; cpuMs: number }> = [];
      const { result: measured, p99Ms, maxMs } = await withEventLoopDelay(async () => {
        let last = null as Awaited<ReturnType<typeof missingReports>> | null;
        for (let i = 0; i < RUNS; i++) {
          const cpuBefore = process.cpuUsage();
          const run = await timed(() => missingReports(database.db, NOW_MS));
          const cpu = process.cpuUsage(cpuBefore);
          runs.push({ ms: run.ms, cpuMs: (cpu.user + cpu.system) / 1000 });
          if (i === RUNS - 1) last = run.result; // earlier reports are dropped, as a caller would
        }
        return last!;
      });
      // The two halves apart: reading SQLite, and the pure computation.
      const read = await timed(async () => loadMissingInputs(database.db, sharedShows(await listSharedShowMembers(database.db))));
      const compute = await timed(async () => read.result.map(({ input }) => computeMissing(input, NOW_MS)));
      const rows = missingRows(measured, { upcoming: true });
      return {
        series: SERIES,
        providerEpisodes: SERIES * PER_SEASON * SEASONS,
        files,
        missingRows: rows.filter((r) => r.state === 'missing').length,
        runs: RUNS,
        seconds: round(median(runs.map((r) => r.ms)) / 1000, 3),
        // CPU time of this process (collector threads included): what the work costs when other
        // processes share the cores.
        cpuSeconds: round(median(runs.map((r) => r.cpuMs)) / 1000, 3),
        readSeconds: round(read.ms / 1000, 3),
        computeSeconds: round(compute.ms / 1000, 3),
        targetSeconds: 1,
        // Over all runs. The whole-library computation runs in chunks, so the main thread keeps answering.
        eventLoopDelayP99Ms: round(p99Ms, 1),
        eventLoopDelayMaxMs: round(maxMs, 1),
      };
    } finally {
      await database.close();
    }
  },
};

export async function fillLibrary(db: Db): Promise<number> {
  const now = new Date(NOW_MS).toISOString();
  const series = await insertSeries(
    db,
    Array.from({ length: SERIES }, (_, i) => ({ path: `/library/Show ${i}`, folder_name: `Show ${i}`, title: `Show ${i}`, provider_ids: '{}', added_at: now, updated_at: now }) as NewSeries),
  );
  const ids = series.map((s) => s.id);
  const files: NewEpisode[] = [];
  for (const [i, id] of ids.entries()) {
    for (let s = 1; s <= SEASONS; s++) {
      for (let e = 1; e <= PER_SEASON; e++) {
        // A gap every few series, one misplaced file in a few.
        if ((i + s * e) % 11 === 0) continue;
        const folder = (i + e) % 97 === 0 ? s + 1 : s;
        const name = `Season ${folder}/Show ${i} - S0${s}E${String(e).padStart(2, '0')}.mkv`;
        files.push({ series_id: id, path: `/library/Show ${i}/${name}`, size: 1, mtime_ms: 1, season: s, episode: e, episodes: `[${e}]`, absolute: '[]', special: 0, title: null, version: null, special_kind: null, nfo_path: null });
      }
    }
  }
  await inTransaction(db, (trx) => applyEpisodeChanges(trx, { insert: files, update: [], remove: [] }));
  const fileCount = files.length;
  for (const [i, id] of ids.entries()) {
    // The last season of every fifth series is still airing: its last episodes are upcoming.
    const airing = i % 5 === 0;
    const episodes = [];
    for (let s = 1; s <= SEASONS; s++) {
      for (let e = 1; e <= PER_SEASON; e++) {
        const days = airing && s === SEASONS ? (e - 8) * 7 : -400 * (SEASONS - s + 1) + e * 7;
        episodes.push({ season: s, episode: e, absolute: null, title: `Episode ${e}`, plot: null, air_date: new Date(NOW_MS + days * DAY_MS).toISOString().slice(0, 10), airs_at_ms: null, runtime: 24, kind: 'regular' as const, still_url: null });
      }
    }
    await saveEpisodeList(db, { series_id: id, provider: 'tmdb', provider_id: String(90_000 + i), season: null, status: airing ? 'Returning Series' : 'Ended', episode_count: SEASONS * PER_SEASON, episode_runtime: 24, next_airing_episode: null, next_airing_at_ms: null, fetched_at_ms: NOW_MS, refresh_at_ms: null }, episodes);
  }
  return fileCount;
}
