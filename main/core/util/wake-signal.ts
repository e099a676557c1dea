/**
 * The waiting half of a polling work queue: its loops sleep until new work may be there
 * (`wake`) or their poll interval ends, and callers wait for the queue to run dry (`whenIdle`).
 */
export class WakeSignal {
  private readonly sleepers = new Set<() => void>();
  /** Callers of `whenIdle`, each with the look it must see finish (see `look`). */
  private idleWaiters: Array<{ resolve: () => void; look: number }> = [];
  private looks = 0;
  private closed = false;

  /**
   * @param keepsProcessUp whether a sleep's timer keeps the process running. The loader's does:
   *   a CLI run waits on the loader alone. The background queues' do not: a queue with nothing to
   *   do must not hold a process open.
   */
  constructor(private readonly options: { keepsProcessUp?: boolean } = {}) {}

  /**
   * Sleeps up to `ms`; a `wake` ends every sleep at once. Unless `keepsProcessUp`, the timer never
   * keeps the process up, so a loop must never sleep once its queue is stopping: see `setClosed`.
   */
  sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      if (!this.options.keepsProcessUp) timer.unref();
      this.sleepers.add(done);
    });
  }

  /**
   * While closed (the queue is stopping) every sleep returns at once. A loop that was still
   * looking for work when `stop` woke the sleepers would otherwise go to sleep after it, on a
   * timer that does not keep the process up: `stop` then never returned, and a process whose
   * last work was that `stop` ended with its promise unsettled (exit code 13).
   */
  setClosed(closed: boolean): void {
    this.closed = closed;
    if (closed) this.wake();
  }

  wake(): void {
    for (const done of [...this.sleepers]) done();
  }

  /**
   * Ends one sleep: new work wakes one loop, and a loop that found work passes the wake on.
   * Waking every loop for each change would have each of them query for the same work.
   */
  wakeOne(): void {
    const [first] = this.sleepers;
    first?.();
  }

  /**
   * A loop is about to look for work: pass the result to `idle` if it finds none. A look that
   * began before `whenIdle` was called may have read the tables before the work a caller waits
   * for was written; its "nothing to do" must not end that wait.
   */
  look(): number {
    return this.looks;
  }

  /** Resolves at the next `idle` of a look begun after this call; wakes the loops so they look. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push({ resolve, look: ++this.looks });
      this.wake();
    });
  }

  /**
   * The queue found nothing to do in the look `lookedAt` (every waiter, without it: the queue
   * stopped). Returns whether callers still wait on a later look, so the loop looks again now.
   */
  idle(lookedAt?: number): boolean {
    const done = this.idleWaiters.filter((w) => lookedAt === undefined || w.look <= lookedAt);
    this.idleWaiters = this.idleWaiters.filter((w) => !done.includes(w));
    for (const w of done) w.resolve();
    return this.idleWaiters.length > 0;
  }
}
