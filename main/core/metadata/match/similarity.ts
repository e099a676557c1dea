/** Character-bigram Dice coefficient on the titles without spaces (works for CJK too). */
function bigramDice(a: string, b: string): number {
  const x = a.replace(/ /g, '');
  const y = b.replace(/ /g, '');
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/**
 * How alike two normalized titles are, 0–1. Equal is 1. A folder often carries only the start of
 * a long title ("Kaguya-sama wa Kokurasetai" for "…: Tensai-tachi no Renai Zunousen"): a query
 * that is the whole first words of the title scores 0.8–0.95 by how much of it it covers.
 */
export function titleSimilarity(query: string, title: string): number {
  if (query === '' || title === '') return 0;
  if (query === title) return 1;
  const dice = bigramDice(query, title);
  const q = query.split(' ');
  const t = title.split(' ');
  let prefix = 0;
  if (q.length < t.length && query.length >= 5 && q.every((w, i) => t[i] === w)) prefix = partSimilarity(query, title);
  return Math.max(dice, prefix);
}

/** A query that is a part of a title, whole words of it: 0.8–0.95 by how much of the title it holds. */
export function partSimilarity(query: string, title: string): number {
  return 0.8 + 0.15 * (query.length / title.length);
}
