import type { BenchScenario } from '../scenario';
import { addOneSeries, addThousandFolders, addThousandRoot, addWhileBusy } from './add';
import { identifyThousand } from './identify';
import { listTenThousand } from './list';
import { loadBigLibrary, scanOneInBigLibrary } from './load';
import { importFloor } from './load-floor';
import { loadScaling } from './load-scale';
import { loadWithNfos } from './load-with-nfos';
import { missingEpisodes } from './missing';
import { parseAccuracy } from './parse-accuracy';
import { parseGeneratedNames, parseNames } from './parse-names';
import { quickCheckBigLibrary } from './quick-check';
import { readNfos } from './read-nfos';
import { rendererTenThousand } from './renderer';
import { posterThumbnails } from './thumbnails';
import { watch5000, watchNewEpisodeLatency, watchPollSweep } from './watch';

// The static list of scenarios, in the order they run.
export const scenarios: BenchScenario[] = [
  addOneSeries, addThousandRoot, addThousandFolders, addWhileBusy, scanOneInBigLibrary, loadBigLibrary, loadWithNfos, importFloor, loadScaling, quickCheckBigLibrary, listTenThousand, rendererTenThousand, readNfos, parseNames, parseGeneratedNames,
  parseAccuracy, watch5000, watchNewEpisodeLatency, watchPollSweep, identifyThousand, missingEpisodes, posterThumbnails,
];
