/**
 * Where a folder matched to a sequel entry starts, when its release numbers the entry on from the
 * entries before it: "Shingeki no Kyojin S3 - 13…22" for Season 3 Part 2 (10 episodes, after
 * Season 3's 12), or "Shingeki no Kyojin (The Final Season) - 76…87" for Final Season Part 2,
 * numbered through the whole show, as SubsPlease and HorribleSubs name them. `prequelCounts` are
 * the episode counts of the entry's TV prequels, nearest first.
 *
 * Only numbers the entry's own numbering cannot hold are read so (a folder of episodes 5–10 of a
 * 10-episode part is that part's 5–10), and only when they fall in the entry's range after some
 * prequel: right after it first, else wholly inside it (a first episode not downloaded yet).
 */
export function numberedOnOffset(lowest: number, highest: number, ownCount: number, prequelCounts: readonly number[]): number {
  if (lowest <= 1 || ownCount <= 0 || highest <= ownCount) return 0;
  const sums: number[] = [];
  let sum = 0;
  for (const count of prequelCounts) {
    sum += count;
    if (sum >= lowest) break;
    if (sum === lowest - 1) return sum;
    sums.push(sum);
  }
  return sums.find((s) => highest <= s + ownCount) ?? 0;
}
