/** Lower-case words, accents and punctuation dropped, "×" read as "x": how the fake server compares. */
export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/×/g, ' x ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Ranks `items` the way a provider's title search roughly does: entries holding every word of
 * the query (as a word or a word's start) first, exact titles on top, shorter titles before
 * longer ones; when nothing holds every word, entries sharing most of them.
 */
export function rankByTitle<T>(items: readonly T[], titlesOf: (item: T) => string[], query: string, limit: number): T[] {
  const q = searchTokens(query);
  if (q.length === 0) return [];
  const joined = q.join(' ');
  const scored = items.map((item, index) => {
    const titles = titlesOf(item).map(searchTokens);
    const words = new Set(titles.flat());
    const hits = q.filter((t) => words.has(t) || [...words].some((w) => w.startsWith(t) && t.length >= 3)).length;
    const exact = titles.some((t) => t.join(' ') === joined);
    const shortest = Math.min(...titles.map((t) => t.length));
    return { item, index, hits, exact, shortest };
  });
  const all = scored.filter((s) => s.hits === q.length);
  const pool = all.length > 0 ? all : scored.filter((s) => s.hits / q.length >= 0.6);
  pool.sort((a, b) => Number(b.exact) - Number(a.exact) || b.hits - a.hits || a.shortest - b.shortest || a.index - b.index);
  return pool.slice(0, limit).map((s) => s.item);
}
