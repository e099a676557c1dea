// One import measured in a process of its own (see measureImportInChild): prints its ImportMeasure
// as one JSON line. Arguments: library root, disk workers, "cold" to drop the caches first.
// Run from its bundle, as the app runs the core: no TypeScript compiler in each worker thread.
import { dropCaches } from './drop-caches';
import { measureImport } from './import-measure';

async function main(): Promise<void> {
  const [root, workers, temperature] = process.argv.slice(2);
  if (!root || !workers) throw new Error('usage: import-child <root> <workers> [cold|warm]');
  const run = await measureImport(root, Number(workers), { restore: false, ...(temperature === 'cold' ? { before: () => void dropCaches() } : {}) });
  // The kernel's high-water mark for this process: a peak between two samples is not missed.
  const peakRssMb = Math.max(run.peakRssMb, Math.round(process.resourceUsage().maxRSS / 1024));
  process.stdout.write(`${JSON.stringify({ ...run, peakRssMb })}\n`);
}

void main();
