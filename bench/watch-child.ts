// The watch measure in a process of its own (see watch-measure.ts): prints it as one JSON line.
// Argument: the library root. Run from its bundle, as the app runs the core.
import { measureWatch } from './watch-measure';

async function main(): Promise<void> {
  const [root] = process.argv.slice(2);
  if (!root) throw new Error('usage: watch-child <root>');
  process.stdout.write(`${JSON.stringify(await measureWatch(root))}\n`);
  process.exit(0); // the bench's scratch folder is removed by its exit handler
}

void main();
