/** Lets idle workers sleep until new work arrives or a timeout passes, without polling tightly. */
export class Wakeup {
  private waiters: Array<() => void> = [];
  private closed = false;

  wait(timeoutMs: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.waiters = self.waiters.filter((w) => w !== done);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  /** While closed (the loader is stopping) every wait returns at once. */
  setClosed(closed: boolean): void {
    this.closed = closed;
    if (closed) this.wake();
  }

  wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
