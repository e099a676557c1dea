import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';
import { pathsFromDroppedFiles } from './dropped-paths';
import { createBridge, EVENT_CHANNEL, RPC_CHANNEL } from './preload-bridge';

// A stand-in for Electron's ipcRenderer and webUtils (not our code): records calls, delivers events.
function fakeTransport(paths = new Map<File, string>()) {
  const calls: unknown[][] = [];
  let deliver: ((name: unknown, payload: unknown) => void) | null = null;
  let subscriptions = 0;
  return {
    calls,
    emit: (name: unknown, payload: unknown) => deliver?.(name, payload),
    get subscriptions() {
      return subscriptions;
    },
    transport: {
      invoke: async (...args: unknown[]) => (calls.push(args), { ok: true, value: null }),
      onEvent: (listener: (name: unknown, payload: unknown) => void) => {
        subscriptions++;
        deliver = listener;
        return () => (deliver = null);
      },
      getPathForFile: (file: File) => paths.get(file) ?? '',
    },
  };
}

describe('the preload bridge', () => {
  it('has exactly one function per contract method, plus on and pathsForDroppedFiles', async () => {
    const fake = fakeTransport();
    const bridge = createBridge(fake.transport);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'on', 'pathsForDroppedFiles'].sort());
    await bridge['library.list']({ search: 'x' });
    await bridge['app.info']();
    expect(fake.calls).toEqual([
      [RPC_CHANNEL, 'library.list', { search: 'x' }],
      [RPC_CHANNEL, 'app.info', undefined],
    ]);
    expect(EVENT_CHANNEL).toBe('anishelf:event');
  });

  it('delivers contract events to their listeners and unsubscribes', () => {
    const fake = fakeTransport();
    const bridge = createBridge(fake.transport);
    const seen: unknown[] = [];
    const off = bridge.on('loader:changed', (p) => seen.push(p));
    bridge.on('loader:changed', () => {
      throw new Error('a broken listener');
    });
    const twice = (p: unknown) => seen.push(['twice', p]);
    const offA = bridge.on('series:changed', twice);
    bridge.on('series:changed', twice);
    fake.emit('loader:changed', { running: 1 });
    fake.emit('series:changed', { series: [] });
    fake.emit('something:else', { x: 1 });
    off();
    offA();
    fake.emit('loader:changed', { running: 2 });
    fake.emit('series:changed', { series: [1] });
    expect(seen).toEqual([{ running: 1 }, ['twice', { series: [] }], ['twice', { series: [] }], ['twice', { series: [1] }]]);
    expect(fake.subscriptions).toBe(1);
  });

  it('refuses unknown events', () => {
    const bridge = createBridge(fakeTransport().transport);
    expect(() => bridge.on('ipc:everything' as never, () => {})).toThrow(TypeError);
  });
});

describe('dropped items', () => {
  it('gives the real paths of dropped files and skips Files made in script', () => {
    const dropped = new File([''], 'Anime');
    const made = new File(['fake'], 'made-in-script.txt');
    const bridge = createBridge(fakeTransport(new Map([[dropped, '/home/me/Anime']])).transport);
    expect(bridge.pathsForDroppedFiles!([dropped, made])).toEqual(['/home/me/Anime']);
    expect(bridge.pathsForDroppedFiles!([made])).toEqual([]);
  });

  it('takes 1,000 dropped folders', () => {
    const files = Array.from({ length: 1000 }, (_, i) => new File([''], `Show ${i}`));
    const paths = new Map(files.map((f, i) => [f, `/media/anime/Show ${i}`]));
    const result = pathsFromDroppedFiles(files, (f) => paths.get(f) ?? '');
    expect(result).toHaveLength(1000);
    expect(result[999]).toBe('/media/anime/Show 999');
  });

  it('skips things that are not Files, throwing look-ups and repeats; accepts a FileList-like', () => {
    const a = new File([''], 'a');
    const b = new File([''], 'b');
    const lookup = (f: File) => {
      if (f === b) throw new TypeError('not a real file');
      return '/x/a';
    };
    expect(pathsFromDroppedFiles([a, a, b, 'a string', { name: 'obj' }, null], lookup)).toEqual(['/x/a']);
    expect(pathsFromDroppedFiles({ length: 1, 0: a }, lookup)).toEqual(['/x/a']);
    expect(pathsFromDroppedFiles(undefined, lookup)).toEqual([]);
    expect(pathsFromDroppedFiles('not files', lookup)).toEqual([]);
  });
});
