import { referenceMilliseconds } from './cpu-reference';
import { measureNameSet, type NameSet } from './parse-names-measure';

// `parse-names-child corpus|generated`: one JSON line of throughput. The bench runs it bundled
// (child-bundle.ts); `node bin/run-ts.js bench/parse-names-child.ts corpus` runs it from the sources.
const set = process.argv[2];
if (set !== 'corpus' && set !== 'generated') {
  process.stderr.write('usage: parse-names-child.ts corpus|generated\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ ...measureNameSet(set as NameSet), referenceMs: referenceMilliseconds() })}\n`);
