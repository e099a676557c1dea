import type { BenchScenario } from '../scenario';
import { addOneSeries, addThousandRoot, addWhileBusy } from './add';
import { loadBigLibrary, scanOneInBigLibrary } from './load';
import { missingEpisodes } from './missing';
import { parseNames } from './parse-names';
import { readNfos } from './read-nfos';

// The static list of scenarios, in the order they run.
export const scenarios: BenchScenario[] = [addOneSeries, addThousandRoot, addWhileBusy, scanOneInBigLibrary, loadBigLibrary, readNfos, parseNames, missingEpisodes];
