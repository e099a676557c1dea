import { knownString } from './known-string';
import { codeAt } from './string-calls';

/**
 * A string-keyed memo that forgets everything once it holds `limit` entries. The parser reads the
 * same folders, words and title slices again and again (every episode of a show shares them); a
 * clear now and then is cheaper than tracking which entries are old, and keeps memory bounded in
 * a library of any size.
 *
 * Its keys are fresh slices of each name, whose hash the engine has not computed yet; a Map
 * computes it outside compiled code on every look-up, which profiled as the parser's largest
 * single cost. This table hashes the key in compiled code and probes linearly.
 */
export class BoundedMemo<V> {
  private hashes = new Int32Array(INITIAL_SLOTS);
  private keys: string[] = new Array<string>(INITIAL_SLOTS).fill('');
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  private size = 0;

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const hash = hashOf(key);
    const mask = this.hashes.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const h = this.hashes[i]!;
      if (h === 0) return undefined;
      if (h === hash && this.keys[i] === key) return this.values[i];
    }
  }

  set(key: string, value: V): V {
    if (this.size >= this.limit) this.reset(INITIAL_SLOTS);
    // At most half full, so a probe meets an empty slot soon.
    else if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    this.put(hashOf(key), key, value);
    return value;
  }

  private put(hash: number, key: string, value: V | undefined): void {
    const mask = this.hashes.length - 1;
    let i = hash & mask;
    for (; this.hashes[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === hash && this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
    this.hashes[i] = hash;
    this.keys[i] = key;
    this.values[i] = value;
    this.size++;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    this.reset(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.put(hashes[i]!, keys[i]!, values[i]);
  }

  private reset(slots: number): void {
    this.hashes = new Int32Array(slots);
    this.keys = new Array<string>(slots).fill('');
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.size = 0;
  }
}

const INITIAL_SLOTS = 256;
const HASHED_ENDS = 5;

/**
 * FNV-1a over the UTF-16 code units, mixed so the low bits that pick a slot vary; never 0 (an
 * empty slot). A key longer than HASHED_ENDS * 2 is hashed by its length and its first and last
 * HASHED_ENDS characters: reading a character in script costs a few dozen instructions, long
 * keys (titles, bracket contents) differ at their ends, and a rare collision only costs a
 * comparison, since a hit still compares the whole key.
 */
function hashOf(key: string): number {
  key = knownString(key);
  const n = key.length;
  let h = 0x811c9dc5 | 0;
  if (n <= HASHED_ENDS * 2) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ codeAt(key, i), 0x01000193);
  } else {
    h = Math.imul(h ^ n, 0x01000193);
    for (let i = 0; i < HASHED_ENDS; i++) h = Math.imul(h ^ codeAt(key, i), 0x01000193);
    for (let i = n - HASHED_ENDS; i < n; i++) h = Math.imul(h ^ codeAt(key, i), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
