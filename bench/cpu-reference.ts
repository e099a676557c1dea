/**
 * A fixed string workload with none of Anishelf's code in it (split, a regular expression, a
 * slice and a search over 2,000 fansub-style names, 60 times), timed best of five. Printed beside
 * a measure pinned to one CPU, it tells a slow core from slow code: on a virtual machine one
 * core can run every string workload at half the speed of its neighbour.
 */
export function referenceMilliseconds(): number {
  const names: string[] = [];
  for (let i = 0; i < 2_000; i++) names.push(`[Grp] Some Show Title ${i} - ${i % 24} [1080p][ABCDEF12].mkv`);
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now();
    for (let round = 0; round < 60; round++) {
      for (const name of names) {
        sink += name.split(/[\s[\]]+/).length;
        sink += / - (\d+)/.exec(name)?.[1]?.length ?? 0;
        sink += name.slice(3, 20).toLowerCase().indexOf('t');
      }
    }
    best = Math.min(best, performance.now() - started);
  }
  if (sink === 0) throw new Error('the reference workload did nothing');
  return Math.round(best * 10) / 10;
}
