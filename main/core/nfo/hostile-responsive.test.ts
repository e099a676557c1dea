import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { createNfoReader } from './reader';

// Hostile NFOs are parsed in worker threads: while a batch of them is read, the main thread keeps
// answering. Measured as the event loop's utilisation (the share of the time it was busy), which a
// loaded machine stretches on both sides alike; parsing on the main thread would keep it near 1.
const reader = createNfoReader({ size: 2 });
afterAll(() => reader.close());

const LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('\n')}\n]>\n<tvshow><title>&lol9;</title></tvshow>`;

test('the main thread stays responsive while hostile NFOs are read (event-loop utilisation measured)', async () => {
  const dir = libraryDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < 1; i++) {
    files[`refs-${i}.nfo`] = `<tvshow><title>${'&#65;'.repeat(1_000_000)}</title></tvshow>`;
    files[`deep-${i}.nfo`] = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    files[`laughs-${i}.nfo`] = LAUGHS;
    files[`big-${i}.nfo`] = `<tvshow><plot>${'x'.repeat(1_000_000)}</plot></tvshow>`;
  }
  writeTree(dir, files);
  const before = performance.eventLoopUtilization();
  const results = await Promise.all(Object.keys(files).map((name) => reader.read(path.join(dir, name))));
  const busy = performance.eventLoopUtilization(before);
  expect(results).toHaveLength(4);
  const names = Object.keys(files);
  for (const [i, r] of results.entries()) if (!names[i]!.startsWith('big')) expect(r.problems.length, names[i]).toBeGreaterThan(0);
  expect(busy.idle).toBeGreaterThan(0);
  expect(busy.utilization).toBeLessThan(0.5);
}, 600_000);
