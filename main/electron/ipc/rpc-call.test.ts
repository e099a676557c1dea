import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core/app';
import { createHandlers } from '../../core/rpc/handlers';
import { seriesFiles, testCore } from '../../core/testing/core';
import { libraryDir, writeTree } from '../../core/testing/temp';
import { answerRpc, type RpcCallContext } from './rpc-call';

// Unknown methods, foreign senders and bad arguments, through the real wrapper and a real core: whatever is refused has no effect
// (the library stays empty, the file manager is never asked to open anything).

let core: Core;
let opened: string[];
let log: string[];
let context: RpcCallContext;
const window = { frameUrl: 'anishelf://app/index.html', isMainFrame: true, webContentsId: 1 };

beforeEach(async () => {
  core = await testCore();
  opened = [];
  log = [];
  context = {
    handlers: createHandlers(core, { mode: 'desktop', version: '9.9.9', openFolder: async (folder) => void opened.push(folder) }),
    windows: { webContentsIds: new Set([1]) },
    log: (m) => log.push(m),
  };
});
afterEach(async () => {
  await core.close();
});

async function expectNoEffect() {
  expect(await core.listSeries()).toEqual([]);
  expect(opened).toEqual([]);
}

describe('answerRpc', () => {
  it('answers a call from our window', async () => {
    const reply = await answerRpc(window, 'app.info', undefined, context);
    expect(reply).toMatchObject({ ok: true, value: { name: 'Anishelf', mode: 'desktop', version: '9.9.9' } });
  });

  it.each([
    ['a subframe', { ...window, isMainFrame: false }],
    ['another origin', { ...window, frameUrl: 'https://evil.example/' }],
    ['a file: page', { ...window, frameUrl: 'file:///tmp/x.html' }],
    ['another window', { ...window, webContentsId: 2 }],
    ['a destroyed frame', { ...window, frameUrl: undefined, isMainFrame: false }],
  ])('refuses and logs a call from %s', async (_what, sender) => {
    const root = libraryDir();
    writeTree(root, seriesFiles({ Show: 1 }));
    const reply = await answerRpc(sender, 'library.addFolders', { paths: [root] }, context);
    expect(reply).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/refused/) } });
    expect(log.join('\n')).toMatch(/refused "library.addFolders"/);
    await expectNoEffect();
  });

  it('refuses and logs an unknown method', async () => {
    for (const method of ['library.nuke', '__proto__', 'constructor', 'toString', 42, null, { m: 'x' }]) {
      const reply = await answerRpc(window, method, {}, context);
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(log.filter((l) => /unknown method/.test(l))).toHaveLength(7);
  });

  const root = '/home/user/Anime';
  it.each([
    ['a number for the paths', { paths: 42 }],
    ['a string for the paths', { paths: root }],
    ['no paths', { paths: [] }],
    ['an extra key', { paths: [root], recursive: true }],
    ['a 10 MB string', { paths: ['/'.concat('a'.repeat(10 * 1024 * 1024))] }],
    ['a NUL', { paths: [`${root}\0/etc`] }],
    ['a .. segment', { paths: [`${root}/../../etc`] }],
    ['a relative path', { paths: ['Anime'] }],
    ['a UNC path', { paths: ['\\\\nas\\anime'] }],
    ['a //server path', { paths: ['//nas/anime'] }],
    ['a file: URL', { paths: ['file:///home/user/Anime'] }],
    ['an smb: URL', { paths: ['smb://nas/anime'] }],
    ['1,001 paths', { paths: Array.from({ length: 1001 }, (_, i) => `${root}/${i}`) }],
    ['an object instead of a string', { paths: [{ toString: (): string => root }] }],
  ])('refuses %s before any file-system call', async (_what, args) => {
    const reply = await answerRpc(window, 'library.addFolders', args, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^Invalid request/) } });
    await expectNoEffect();
  });

  it('opens only the folder the database holds: a path from the page is refused', async () => {
    const reply = await answerRpc(window, 'series.openFolder', { id: 1, path: '/etc' }, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    for (const id of ['1', 1.5, -1, 0, Number.MAX_SAFE_INTEGER + 2, '1; rm -rf /']) {
      expect(await answerRpc(window, 'series.openFolder', { id }, context)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(await answerRpc(window, 'series.openFolder', { id: 99 }, context)).toMatchObject({ ok: false, error: { code: 'SERIES_NOT_FOUND' } });
    await expectNoEffect();
  });

  it('refuses a directory listing of a path outside the rules', async () => {
    for (const p of ['../..', '\\\\nas\\share', 'file:///etc', '/tmp/\0x', '/tmp/../etc']) {
      expect(await answerRpc(window, 'fs.listDirectories', { path: p }, context)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('adds dropped folders only: a dropped file comes back with a reason', async () => {
    const lib = libraryDir();
    writeTree(lib, { ...seriesFiles({ 'Show A': 2 }), 'notes.txt': 'hello' });
    const reply = await answerRpc(window, 'library.addFolders', { paths: [path.join(lib, 'Show A'), path.join(lib, 'notes.txt'), path.join(lib, 'gone')] }, context);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const value = reply.value as Awaited<ReturnType<Core['addFolders']>>;
    expect(value.added.map((s) => s.title)).toEqual(['Show A']);
    expect(value.skipped).toEqual([
      expect.objectContaining({ path: path.join(lib, 'notes.txt'), code: 'NOT_A_FOLDER', reason: expect.stringMatching(/is a file, not a folder/) }),
      expect.objectContaining({ path: path.join(lib, 'gone'), code: 'NOT_FOUND' }),
    ]);
  });

  it('adds 1,000 dropped folders in one call', async () => {
    const lib = libraryDir();
    const folders = Array.from({ length: 1000 }, (_, i) => path.join(lib, `Show ${String(i).padStart(4, '0')}`));
    for (const folder of folders) {
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'Episode 01.mkv'), 'v');
    }
    const reply = await answerRpc(window, 'library.addFolders', { paths: folders }, context);
    expect(reply.ok).toBe(true);
    expect(await core.listSeries()).toHaveLength(1000);
  }, 600_000);

  it('turns a crash inside a handler into a reply, never a thrown error', async () => {
    const broken: RpcCallContext = { ...context, handlers: { ...context.handlers, 'app.info': async () => { throw new TypeError('boom'); } } };
    const reply = await answerRpc(window, 'app.info', undefined, broken);
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/log file/) } });
    expect(log.join('\n')).toMatch(/boom/);
  });
});
