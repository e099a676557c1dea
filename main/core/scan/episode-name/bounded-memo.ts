/**
 * A string-keyed memo that forgets everything once it holds `limit` entries. The parser reads the
 * same folders, words and title slices again and again (every episode of a show shares them); a
 * clear now and then is cheaper than tracking which entries are old, and keeps memory bounded in
 * a library of any size.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
