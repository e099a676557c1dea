import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../main/core/testing/temp';
import { findElectronBinary, summarizeDownloadError } from './electron-binary';
import { expectedStamp, prepareBuildDir, SQLITE_BINARY, SQLITE_DIR, sqliteBuildIsCurrent, summarizeBuildError } from './electron-sqlite';

function fakeRepo(files: Record<string, string> = {}) {
  const root = tempDir();
  writeTree(root, {
    'node_modules/electron/package.json': JSON.stringify({ name: 'electron', version: '40.8.5' }),
    'node_modules/better-sqlite3/package.json': JSON.stringify({ name: 'better-sqlite3', version: '12.9.0' }),
    'node_modules/better-sqlite3/src/better_sqlite3.cpp': '// source',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node': 'NODE BUILD',
    ...files,
  });
  return root;
}

describe('findElectronBinary', () => {
  it('finds nothing when only the package is installed (this machine)', () => {
    expect(findElectronBinary(fakeRepo(), {})).toEqual({ version: '40.8.5', executable: null });
  });

  it('finds the executable named by path.txt when dist matches the version', () => {
    const root = fakeRepo({ 'node_modules/electron/path.txt': 'electron', 'node_modules/electron/dist/version': 'v40.8.5', 'node_modules/electron/dist/electron': 'ELF' });
    expect(findElectronBinary(root, {})).toEqual({ version: '40.8.5', executable: path.join(root, 'node_modules/electron/dist/electron') });
  });

  it('does not take a binary of another version', () => {
    const root = fakeRepo({ 'node_modules/electron/path.txt': 'electron', 'node_modules/electron/dist/version': '39.0.0', 'node_modules/electron/dist/electron': 'ELF' });
    expect(findElectronBinary(root, {}).executable).toBeNull();
  });

  it('reports a missing electron package', () => {
    expect(findElectronBinary(tempDir(), {})).toEqual({ version: null, executable: null });
  });
});

describe('summarizeDownloadError', () => {
  it.each([
    ['RequestError: getaddrinfo ENOTFOUND some.host\n    at ClientRequest', "no network: the download server's name could not be resolved, ENOTFOUND"],
    ['Error: connect ECONNREFUSED 10.0.0.1:443', 'network error ECONNREFUSED'],
    ['HTTPError: Response code 404 (Not Found) for https://x/y.zip', 'the server answered HTTP 404'],
    ['Error: Generated checksum for "electron.zip" did not match expected checksum.', 'the download did not match its checksum'],
    ['Error: ENOSPC: no space left on device, write', 'the disk is full, ENOSPC'],
    ['Something odd at https://x.example/secret?token=1\nmore', 'Something odd at <url>'],
  ])('%s', (output, summary) => {
    expect(summarizeDownloadError(output, 1, false)).toBe(summary);
  });

  it('says when it timed out or printed nothing', () => {
    expect(summarizeDownloadError('', null, true)).toBe('the download timed out');
    expect(summarizeDownloadError('', 3, false)).toBe('the installer exited with code 3');
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('is current only with a stamp for this Electron, better-sqlite3, OS and CPU', () => {
    const root = fakeRepo();
    const expected = expectedStamp(root, '40.8.5', 'linux', 'x64');
    expect(expected).toEqual({ electron: '40.8.5', betterSqlite3: '12.9.0', platform: 'linux', arch: 'x64' });
    expect(sqliteBuildIsCurrent(root, expected)).toBe(false);
    writeTree(root, { [`${SQLITE_DIR}/${SQLITE_BINARY}`]: 'ELECTRON BUILD', [`${SQLITE_DIR}/stamp.json`]: JSON.stringify(expected) });
    expect(sqliteBuildIsCurrent(root, expected)).toBe(true);
    expect(sqliteBuildIsCurrent(root, { ...expected, electron: '41.0.0' })).toBe(false);
    expect(sqliteBuildIsCurrent(root, { ...expected, arch: 'arm64' })).toBe(false);
  });

  it('is built from a copy, so the Node build in node_modules is never overwritten', () => {
    const root = fakeRepo();
    const buildDir = prepareBuildDir(root);
    expect(buildDir).toBe(path.join(root, SQLITE_DIR, 'build'));
    const copy = path.join(buildDir, 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(path.join(copy, 'src', 'better_sqlite3.cpp'))).toBe(true);
    expect(fs.existsSync(path.join(copy, 'build'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(buildDir, 'package.json'), 'utf8')).dependencies).toEqual({ 'better-sqlite3': '12.9.0' });
    expect(fs.readFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('NODE BUILD');
  });
});

describe('summarizeBuildError', () => {
  it('says what a failed rebuild needs', () => {
    expect(summarizeBuildError(new Error("node-gyp failed to rebuild '/x/better-sqlite3'"))).toMatch(/no prebuilt binary was found.*network access, Python and a C\+\+ compiler/);
    expect(summarizeBuildError(new Error('getaddrinfo EAI_AGAIN some.host'))).toBe("Electron's headers could not be downloaded (EAI_AGAIN)");
    expect(summarizeBuildError(new Error('Something else at https://x.example/y\nmore'))).toBe('Something else at <url>');
  });
});
