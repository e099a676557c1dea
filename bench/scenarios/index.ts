import type { BenchScenario } from '../scenario';

// The static list of scenarios, in the order they run.
export const scenarios: BenchScenario[] = [];
