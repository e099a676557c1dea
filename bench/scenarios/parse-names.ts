import { spawnSync } from 'node:child_process';
import os from 'node:os';
import type { NameSet, ParseThroughput } from '../parse-names-measure';
import type { BenchScenario } from '../scenario';
import { runChildMeasure } from '../child-bundle';

const CORPUS_TARGET = 250_000;
const GENERATED_TARGET = 200_000;

type ChildMeasure = ParseThroughput & { corpusNames?: number; referenceMs: number };

/**
 * Measures in a process of its own, on one thread with a fresh heap, as each of the app's disk
 * workers parses. In the bench's own process the figure depended on what ran before it: after
 * `load-5000-series` left its heap behind, the same passes cost about a third more CPU. The child
 * is bundled as `npm run build` bundles the disk workers, so it runs the parser as the app ships
 * it: from the sources through tsx the same passes measured about 7 % slower.
 */
function measureInChild(set: NameSet, cpu?: number): Promise<ChildMeasure> {
  return runChildMeasure<ChildMeasure>('parse-names-child', [set], cpu);
}

/**
 * The measure as the system schedules it, then pinned to each CPU in turn, each with the plain
 * string workload's time (`referenceMs`) beside it. On a virtual machine one core can run any
 * string code at half its neighbour's speed, and the unpinned figure then depends on where the
 * process lands; the pinned lines show which core and by how much.
 */
async function measureOnEachCpu(set: NameSet): Promise<ChildMeasure & { byCpu?: { cpu: number; namesPerSecond: number; referenceMs: number }[] }> {
  const scheduled = await measureInChild(set);
  if (process.platform !== 'linux' || os.availableParallelism() < 2 || !hasTaskset()) return scheduled;
  const byCpu: { cpu: number; namesPerSecond: number; referenceMs: number }[] = [];
  for (let cpu = 0; cpu < os.cpus().length; cpu++) {
    const pinned = await measureInChild(set, cpu);
    byCpu.push({ cpu, namesPerSecond: pinned.namesPerSecond, referenceMs: pinned.referenceMs });
  }
  return { ...scheduled, byCpu };
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/**
 * The real-world-style figure: the parser's own corpus (fansub, scene, Sonarr, CJK, daily,
 * specials, folder paths and the harder kinds), repeated to about 170,000 names, best of five
 * passes after a warm-up. Target: 250,000 names per second. The generated-names figure is
 * measured in the next scenario.
 */
export const parseNames: BenchScenario = {
  name: 'parse-names',
  async run() {
    return { ...(await measureOnEachCpu('corpus')), target: CORPUS_TARGET };
  },
};

/**
 * Parses 170,000 generated episode names in the styles a real library mixes (fansub, scene,
 * Plex/Sonarr, 1x05, CJK brackets, daily shows, long runners, specials, folder paths), reported
 * beside the corpus figure. Target: 200,000 names per second.
 */
export const parseGeneratedNames: BenchScenario = {
  name: 'parse-names-generated',
  async run() {
    return { ...(await measureOnEachCpu('generated')), target: GENERATED_TARGET };
  },
};
