import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface Entry extends FileStamp {
  at: number;
  /** Set while the write is under way: its events may arrive before the stamp is known. */
  done?: Promise<void>;
  finish?: () => void;
}

const DEFAULT_TTL_MS = 10 * 60_000;

/**
 * Files Anishelf itself just wrote (NFOs, artwork), with the size and time they were left with.
 * The watcher asks it before marking a series dirty, so our own write never triggers a rescan that
 * writes again. A file that changed after our write (a user's editor) no longer matches its stamp
 * and counts as a real change.
 */
export class OwnWrites {
  private readonly entries = new Map<string, Entry>();

  /** `keeps` false: a registry nobody asks (a worker thread's), which remembers nothing. */
  constructor(private readonly now: () => number = Date.now, private readonly ttlMs = DEFAULT_TTL_MS, private readonly keeps = true) {}

  /** A write to `file` starts; `note` or `abandon` ends it. */
  begin(file: string): void {
    if (!this.keeps) return;
    this.prune();
    const key = path.resolve(file);
    const previous = this.entries.get(key);
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.entries.delete(key);
    this.entries.set(key, { size: previous?.size ?? -1, mtimeMs: previous?.mtimeMs ?? -1, at: this.now(), done, finish });
  }

  note(file: string, stamp: FileStamp): void {
    if (!this.keeps) return;
    this.prune();
    const key = path.resolve(file);
    this.entries.get(key)?.finish?.();
    this.entries.delete(key);
    this.entries.set(key, { size: stamp.size, mtimeMs: stamp.mtimeMs, at: this.now() });
  }

  /** The write failed: nothing of ours is there. */
  abandon(file: string): void {
    const key = path.resolve(file);
    const entry = this.entries.get(key);
    entry?.finish?.();
    if (entry?.done) this.entries.delete(key);
  }

  /** Resolves once a write to `file` under way (if any) has finished. */
  async settled(file: string): Promise<void> {
    await this.entries.get(path.resolve(file))?.done;
  }

  /** True when `file` is, as it stands (`stamp`, null when gone), what Anishelf last wrote there. */
  isOwn(file: string, stamp: FileStamp | null): boolean {
    const entry = this.entries.get(path.resolve(file));
    if (!entry || !stamp) return false;
    if (this.now() - entry.at > this.ttlMs) return false;
    return entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs;
  }

  /** Whether anything was written at `file` recently, whatever it looks like now. */
  has(file: string): boolean {
    const entry = this.entries.get(path.resolve(file));
    return entry !== undefined && this.now() - entry.at <= this.ttlMs;
  }

  /**
   * Entries are kept in the order they were stamped (each write re-inserts its file), so the
   * expired ones are at the front and pruning stops at the first live one. Scanning every entry
   * on every write made an import of N files cost N² once more than 1,000 were written.
   */
  /** How many files it remembers (expired ones go as later writes arrive). */
  get size(): number {
    return this.entries.size;
  }

  private prune(): void {
    if (this.entries.size < 1000) return;
    const cutoff = this.now() - this.ttlMs;
    for (const [file, entry] of this.entries) {
      if (entry.at >= cutoff) break;
      this.entries.delete(file);
    }
  }
}

/**
 * The process's registry, fed by writeFileAtomic (the one function that writes library files).
 * The watcher asks it on the main thread; files written in a worker thread (episode NFOs, the
 * minimal tvshow.nfo) are noted there by the code that hands the write over, so a worker's own
 * copy would only grow (170,000 entries in a big library's NFO fill) and is kept empty.
 */
export const ownWrites = new OwnWrites(Date.now, DEFAULT_TTL_MS, isMainThread);
