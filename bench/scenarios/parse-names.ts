import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NameSet, ParseThroughput } from '../parse-names-measure';
import type { BenchScenario } from '../scenario';

const CORPUS_TARGET = 250_000;
const GENERATED_TARGET = 200_000;

/**
 * Measures in a process of its own, on one thread with a fresh heap, as each of the app's disk
 * workers parses. In the bench's own process the figure depended on what ran before it: after
 * `load-5000-series` left its heap behind, the same passes cost about a third more CPU.
 */
function measureInChild(set: NameSet): ParseThroughput & { corpusNames?: number } {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(process.execPath, ['bin/run-ts.js', 'bench/parse-names-child.ts', set], { cwd: root, encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`the name-parsing measure failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(line) as ParseThroughput;
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
    return { ...measureInChild('corpus'), target: CORPUS_TARGET };
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
    return { ...measureInChild('generated'), target: GENERATED_TARGET };
  },
};
