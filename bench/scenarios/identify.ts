import path from 'node:path';
import { openCore } from '../../main/core/app';
import { buildAniListMedia } from '../../main/core/metadata/testing/build-anilist';
import { FakeProviderServer } from '../../main/core/metadata/testing/fake-provider-server';
import { folderQuery } from '../../main/core/metadata/match/folder-query';
import type { AniListSeed } from '../../main/core/metadata/testing/data/anilist-seeds';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { timed } from '../measure';
import type { BenchScenario } from '../scenario';

const SERIES = 1000;
const EPISODES = 12;
/** Requests per sliding minute the local AniList accepts, and the client is told to use: low
 * enough that the budget, not local work (1,000 NFO writes), sets the pace. */
const BUDGET = 300;
/** The local AniList's burst limiter, as the real one has one on top of its minute. */
const BURST_MS = 10_000;

/** One AniList entry per distinct folder title of the generated library. */
function seedsFor(folders: readonly string[]): AniListSeed[] {
  const titles = [...new Set(folders.map((f) => folderQuery(path.basename(f)).search))];
  return titles.map((romaji, i) => ({ id: 500_000 + i, mal: 600_000 + i, romaji, format: 'TV' as const, eps: EPISODES, year: 2000 + (i % 25), studio: 'Bench Studio' }));
}

async function loadLibrary(root: string, env: NodeJS.ProcessEnv) {
  const core = await openCore({ dataDir: benchDataDir(), env });
  await core.addFolders([root]);
  const loaderStartedAt = Date.now();
  const disk = await timed(async () => {
    await core.startLoader();
    await core.whenLoaderIdle();
  });
  const identify = await timed(() => core.identifyQueue.whenIdle());
  const status = await core.loaderStatus();
  await core.close();
  return { loaderStartedAt, diskSeconds: disk.ms / 1000, identifySeconds: (disk.ms + identify.ms) / 1000, network: status.network };
}

export const identifyThousand: BenchScenario = {
  name: 'identify-1000-series',
  async run() {
    const lib = await benchLibrary('identify-thousand', SERIES, EPISODES, true);
    const server = await new FakeProviderServer({ anilist: buildAniListMedia(seedsFor(lib.seriesFolders)), budgetPerMinute: { anilist: BUDGET }, burstMs: BURST_MS }).start();
    try {
      const offline = await loadLibrary(lib.root, { ...process.env, ANISHELF_PROVIDERS: 'off' });
      const started = Date.now();
      const online = await loadLibrary(lib.root, { ...process.env, ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: String(BUDGET) });
      const made = server.requests.filter((r) => r.at >= started);
      const requests = made.length;
      // Where the time goes: before the first request (disk stages of the first series), and
      // after the last one (its NFO, the queue settling).
      const at = (i: number) => round(((made[i]?.at ?? online.loaderStartedAt) - online.loaderStartedAt) / 1000, 1);
      // The fastest any client may go under both rules: the n-th request no earlier than
      // floor((n-1)/budget) minutes in, nor floor((n-1)/burst) burst windows in.
      const burst = Math.ceil((BUDGET * BURST_MS) / 60_000);
      const allowedSeconds = Math.max(Math.floor((requests - 1) / BUDGET) * 60, (Math.floor((requests - 1) / burst) * BURST_MS) / 1000);
      return {
        series: SERIES,
        budgetPerMinute: BUDGET,
        burstPer10s: burst,
        requests,
        refusedByBudget: server.budgetRefusals,
        identified: online.network?.identified ?? 0,
        waiting: online.network?.waiting ?? 0,
        identifySeconds: round(online.identifySeconds, 1),
        budgetAllowsSeconds: allowedSeconds,
        ratioToBudget: allowedSeconds > 0 ? round(online.identifySeconds / allowedSeconds, 3) : null,
        requestTimeline: { first: at(0), [`n${BUDGET}`]: at(BUDGET - 1), last: at(requests - 1) },
        targetRatio: 1.1,
        diskLoadSecondsWithIdentify: round(online.diskSeconds, 2),
        diskLoadSecondsWithout: round(offline.diskSeconds, 2),
      };
    } finally {
      await server.close();
    }
  },
};
