/**
 * A file counts once its size is the same in two checks in a row: a 20 GB copy that is still
 * growing is looked at again later instead of being scanned half-written.
 */
export class SizeStability<K> {
  private readonly last = new Map<K, string>();

  /** Records the sizes seen now; true when they equal the previous check's. */
  check(key: K, sizes: ReadonlyMap<string, number>): boolean {
    const signature = [...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, size]) => `${file}\0${size}`).join('\n');
    const previous = this.last.get(key);
    if (previous === signature) {
      this.last.delete(key);
      return true;
    }
    this.last.set(key, signature);
    return false;
  }

  forget(key: K): void {
    this.last.delete(key);
  }
}
