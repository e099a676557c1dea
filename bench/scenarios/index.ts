import type { BenchScenario } from '../scenario';
import { addOneSeries, addThousandRoot, addWhileBusy } from './add';
import { identifyThousand } from './identify';
import { loadBigLibrary, scanOneInBigLibrary } from './load';
import { parseNames } from './parse-names';
import { readNfos } from './read-nfos';
import { watch5000, watchNewEpisodeLatency, watchPollSweep } from './watch';

// The static list of scenarios, in the order they run.
export const scenarios: BenchScenario[] = [addOneSeries, addThousandRoot, addWhileBusy, scanOneInBigLibrary, loadBigLibrary, readNfos, parseNames, watch5000, watchNewEpisodeLatency, watchPollSweep, identifyThousand];
