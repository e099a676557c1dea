/**
 * Lets the event loop run (sockets, timers, IPC) before the next step of a long job. better-sqlite3
 * answers synchronously, so a loop of awaited queries is otherwise one long task.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
