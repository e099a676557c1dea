import { describe, expect, it } from 'vitest';
import { deferred } from '../../core/testing/wait';
import { createShutdown } from './shutdown';

function quitEvent() {
  const event = { prevented: 0, preventDefault: () => void event.prevented++ };
  return event;
}

describe('createShutdown', () => {
  it('holds the quit until the library is closed, then quits once through', async () => {
    const closing = deferred();
    const order: string[] = [];
    const shutdown = createShutdown({ close: () => (order.push('close'), closing.promise), quit: () => order.push('quit') });
    const first = quitEvent();
    shutdown.onQuitRequested(first);
    const again = quitEvent();
    shutdown.onQuitRequested(again);
    expect(first.prevented + again.prevented).toBe(2);
    expect(shutdown.state).toBe('closing');
    closing.resolve();
    await closing.promise;
    await new Promise((r) => setImmediate(r));
    expect(order.filter((o) => o === 'close')).toHaveLength(1);
    expect(shutdown.state).toBe('closed');
    // The quit that follows is let through.
    const last = quitEvent();
    shutdown.onQuitRequested(last);
    expect(last.prevented).toBe(0);
  });

  it('quits anyway when closing hangs', async () => {
    const log: string[] = [];
    let quit = 0;
    const shutdown = createShutdown({ close: () => new Promise(() => {}), quit: () => void quit++, timeoutMs: 30, log: (m) => log.push(m) });
    shutdown.onQuitRequested(quitEvent());
    await shutdown.close();
    await new Promise((r) => setImmediate(r));
    expect(quit).toBe(1);
    expect(log.join()).toMatch(/did not close within 30 ms/);
  });

  it('quits when closing fails, and says why in the log', async () => {
    const log: string[] = [];
    let quit = 0;
    const shutdown = createShutdown({ close: async () => { throw new Error('disk gone'); }, quit: () => void quit++, log: (m) => log.push(m) });
    shutdown.onQuitRequested(quitEvent());
    await shutdown.close();
    await new Promise((r) => setImmediate(r));
    expect(quit).toBe(1);
    expect(log.join()).toMatch(/disk gone/);
  });
});
