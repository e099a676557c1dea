// One import measured in a process of its own (see measureImportInChild): prints its ImportMeasure
// as one JSON line. Arguments: library root, disk workers, "cold" to drop the caches first.
import { dropCaches } from './drop-caches';
import { measureImport } from './import-measure';

const [root, workers, temperature] = process.argv.slice(2);
if (!root || !workers) throw new Error('usage: import-child.ts <root> <workers> [cold|warm]');
const run = await measureImport(root, Number(workers), { restore: false, ...(temperature === 'cold' ? { before: () => void dropCaches() } : {}) });
process.stdout.write(`${JSON.stringify(run)}\n`);
