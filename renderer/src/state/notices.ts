export interface Notice {
  id: number;
  tone: 'info' | 'ok' | 'error';
  title: string;
  lines?: string[];
  /** For tests and styling: e.g. "add-result", "drop". */
  kind?: string;
  /** An action button shown with the notice. */
  action?: { label: string; run: () => void };
  /** Dismissed by itself after this many ms. */
  timeoutMs?: number;
}

/** Messages shown in the corner: add results, refused drops, failed actions. */
export class NoticeStore {
  private notices: readonly Notice[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Notice[] => this.notices;

  push(notice: Omit<Notice, 'id'>): number {
    const id = this.nextId++;
    // One notice per kind: a new add result replaces the last one.
    this.notices = [...this.notices.filter((n) => !notice.kind || n.kind !== notice.kind), { ...notice, id }].slice(-4);
    this.emit();
    if (notice.timeoutMs) setTimeout(() => this.dismiss(id), notice.timeoutMs);
    return id;
  }

  error(title: string, err?: unknown): void {
    const detail = err instanceof Error ? err.message : err === undefined ? undefined : String(err);
    this.push({ tone: 'error', title, ...(detail ? { lines: [detail] } : {}), kind: 'error' });
  }

  dismiss(id: number): void {
    const next = this.notices.filter((n) => n.id !== id);
    if (next.length === this.notices.length) return;
    this.notices = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
