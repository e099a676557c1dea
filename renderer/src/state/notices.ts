export interface Notice {
  id: number;
  tone: 'info' | 'ok' | 'error';
  title: string;
  lines?: string[];
  /** For tests and styling: e.g. "add-result", "drop", "errors". */
  kind?: string;
  /** An action button shown with the notice. */
  action?: { label: string; run: () => void };
  /**
   * Dismissed by itself after this many ms; null keeps it until dismissed. Defaults: a few
   * seconds for "ok" and "info" (longer with more lines), none for errors.
   */
  timeoutMs?: number | null;
}

const MAX_ERROR_LINES = 20;

function defaultTimeout(notice: Omit<Notice, 'id'>): number | null {
  if (notice.tone === 'error') return null;
  const lines = notice.lines?.length ?? 0;
  return Math.min(20_000, (notice.tone === 'ok' ? 8000 : 12_000) + lines * 1000);
}

/**
 * Messages shown in the corner: add results, refused drops, failed actions. Info and success
 * notices time out (the clock stops while the pointer or focus is on them); errors stay until
 * dismissed, collected in one notice so that none is lost and they never pile up.
 */
export class NoticeStore {
  private notices: readonly Notice[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<number, { ms: number; handle: ReturnType<typeof setTimeout> | null }>();
  private paused = false;
  private errors: string[] = [];

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Notice[] => this.notices;

  push(notice: Omit<Notice, 'id'>): number {
    const id = this.nextId++;
    // One notice per kind: a new add result replaces the last one.
    const replaced = this.notices.filter((n) => notice.kind && n.kind === notice.kind);
    for (const n of replaced) this.clearTimer(n.id);
    this.notices = [...this.notices.filter((n) => !replaced.includes(n)), { ...notice, id }].slice(-4);
    this.emit();
    const timeout = notice.timeoutMs === undefined ? defaultTimeout(notice) : notice.timeoutMs;
    if (timeout) {
      this.timers.set(id, { ms: timeout, handle: null });
      if (!this.paused) this.startTimer(id);
    }
    return id;
  }

  /** Adds a failed action to the one error notice ("2 problems"), newest first. */
  error(title: string, err?: unknown): void {
    const detail = err instanceof Error ? err.message : err === undefined ? undefined : String(err);
    this.errors = [detail ? `${title}: ${detail}` : title, ...this.errors].slice(0, MAX_ERROR_LINES);
    const count = this.errors.length;
    this.push({ tone: 'error', kind: 'errors', title: count === 1 ? title : `${count} problems`, ...(count === 1 ? (detail ? { lines: [detail] } : {}) : { lines: [...this.errors] }) });
  }

  dismiss(id: number): void {
    const next = this.notices.filter((n) => n.id !== id);
    if (next.length === this.notices.length) return;
    if (this.notices.find((n) => n.id === id)?.kind === 'errors') this.errors = [];
    this.clearTimer(id);
    this.notices = next;
    this.emit();
  }

  /** While the user reads (pointer or focus on a notice), nothing times out. */
  pause(): void {
    this.paused = true;
    for (const timer of this.timers.values()) {
      if (timer.handle) clearTimeout(timer.handle);
      timer.handle = null;
    }
  }

  /** Timing starts again from the full delay: the user has just been reading. */
  resume(): void {
    this.paused = false;
    for (const id of this.timers.keys()) this.startTimer(id);
  }

  private startTimer(id: number): void {
    const timer = this.timers.get(id);
    if (!timer) return;
    if (timer.handle) clearTimeout(timer.handle);
    timer.handle = setTimeout(() => this.dismiss(id), timer.ms);
  }

  private clearTimer(id: number): void {
    const timer = this.timers.get(id);
    if (timer?.handle) clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
