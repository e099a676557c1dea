import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chooseBrowser, LAUNCH_ARGS } from '../../e2e/browser';
import { firstCardTimes, searchTimes } from '../../e2e/fixtures/page-timings';
import { startServer } from '../../e2e/fixtures/server';
import { openCore } from '../../main/core/app';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import type { BenchScenario } from '../scenario';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERIES = 10_000;
const OPENS = 3;
// Words and numbers of the generated titles: each matches some series and not all.
const SEARCHES = ['10000', 'Sakura', '999'];

/** The UI as `npm run build` makes it, so the page measured is the current one. */
function buildRenderer(): void {
  const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:renderer failed: ${build.stderr.slice(-500)}`);
}

/**
 * The window at 10,000 series, as a user opens it: `anishelf serve` on a library added before,
 * Chromium at 1,440×900. First cards: from the page's navigation to the first frame showing a
 * card, for each of three opens of the window, each once the one before has the whole list.
 * The page's first visit, in a browser just started, with nothing cached, is given beside them:
 * most of it is the browser's (a new renderer process, the script's first compile). Search: from the keystroke to the grid showing the matches,
 * less the 150 ms debounce. The loader is paused, so the figures are the page's and the core's
 * answers, not 10,000 background loads. Targets: 1 s and 50 ms.
 */
export const rendererTenThousand: BenchScenario = {
  name: 'renderer-10000-series',
  async run() {
    const browserChoice = chooseBrowser();
    if (browserChoice.problem) throw new Error(browserChoice.problem);
    buildRenderer();
    const lib = await benchLibrary('ten-thousand-series', SERIES, 1, true);
    const dataDir = benchDataDir();
    const setup = await openCore({ dataDir });
    await setup.addFolders([lib.root]);
    await setup.pauseLoader();
    await setup.close();

    const server = await startServer(dataDir);
    const browser = await chromium.launch({ args: LAUNCH_ARGS, ...(browserChoice.executablePath ? { executablePath: browserChoice.executablePath } : {}) });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const [firstVisit, ...reopened] = await firstCardTimes(page, 1 + OPENS, SERIES, { firstVisit: server.url });
      const searches = await searchTimes(page, SEARCHES, SERIES);
      return {
        series: SERIES,
        firstVisitMs: round(firstVisit!),
        firstCardsMs: reopened.map((ms) => round(ms)),
        firstCardsWorstMs: round(Math.max(...reopened)),
        firstCardsTargetMs: 1000,
        searchAfterDebounceMs: searches.map((ms) => round(ms)),
        searchWorstMs: round(Math.max(...searches)),
        searchTargetMs: 50,
      };
    } finally {
      await browser.close();
      await server.stop();
    }
  },
};
