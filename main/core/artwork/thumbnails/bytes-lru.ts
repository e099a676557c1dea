/**
 * Images kept in memory by key, bounded by their bytes: past `maxBytes` the least recently used
 * go first (a Map keeps insertion order, and a hit moves its entry to the end). An entry larger
 * than the whole bound is not kept, rather than emptying the cache for nothing.
 */
export class BytesLru<V extends { bytes: Buffer }> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    if (value.bytes.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.total -= old.bytes.length;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.total += value.bytes.length;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes.length;
    }
  }
}
