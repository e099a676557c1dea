import fs from 'node:fs';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { nodeWatchFs, probeRoot } from './probe';

test('a root that answers with content is online; an empty or vanished one is offline', async () => {
  const base = libraryDir();
  writeTree(base, { 'full/Show/e01.mkv': '' });
  fs.mkdirSync(path.join(base, 'empty'));
  expect((await probeRoot(nodeWatchFs, path.join(base, 'full'))).health).toBe('online');
  expect(await probeRoot(nodeWatchFs, path.join(base, 'empty'))).toEqual({ health: 'offline', reason: 'empty (not mounted?)' });
  expect(await probeRoot(nodeWatchFs, path.join(base, 'gone'))).toEqual({ health: 'offline', reason: 'ENOENT' });
});

// Run through scripts/unit-tests.js: as root the permission bits only apply without CAP_DAC_OVERRIDE.
test('a root the user may not read is there: online, its series fail with the permission error', async () => {
  const base = libraryDir();
  writeTree(base, { 'Locked Away/e01.mkv': '' });
  const locked = path.join(base, 'Locked Away');
  fs.chmodSync(locked, 0o000);
  onTestFinished(() => fs.chmodSync(locked, 0o755));
  expect(await probeRoot(nodeWatchFs, locked)).toEqual({ health: 'online', reason: 'not readable (EACCES)' });
});
