import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { NOT_A_FILE_CODE, openRegularFile, openRegularFileSync, readRegularFile, readRegularFileSync } from './regular-file';

// A pipe nobody writes to makes a plain open() wait for ever: each refusal below returning at
// all is the point (without O_NONBLOCK the test would hang until its time limit).
describe.skipIf(process.platform === 'win32')('reading a file in a library refuses pipes at once', () => {
  function folder() {
    const dir = libraryDir();
    writeTree(dir, { 'poster.jpg': 'the bytes', 'Season 1/': '' });
    execFileSync('mkfifo', [path.join(dir, 'tvshow.nfo')]);
    return dir;
  }

  test('asynchronous calls: a regular file is read whole; a pipe is refused with NOT_A_REGULAR_FILE, a folder with EISDIR', async () => {
    const dir = folder();
    expect((await readRegularFile(path.join(dir, 'poster.jpg'))).toString()).toBe('the bytes');
    await expect(readRegularFile(path.join(dir, 'tvshow.nfo'))).rejects.toMatchObject({ code: NOT_A_FILE_CODE, message: expect.stringContaining('a pipe') });
    await expect(openRegularFile(path.join(dir, 'tvshow.nfo'))).rejects.toMatchObject({ code: NOT_A_FILE_CODE });
    await expect(readRegularFile(path.join(dir, 'Season 1'))).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readRegularFile(path.join(dir, 'nope.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.statSync(path.join(dir, 'tvshow.nfo')).isFIFO()).toBe(true);
  });

  test('synchronous calls (worker threads): the same answers', () => {
    const dir = folder();
    expect(readRegularFileSync(path.join(dir, 'poster.jpg')).toString()).toBe('the bytes');
    expect(() => readRegularFileSync(path.join(dir, 'tvshow.nfo'))).toThrow(expect.objectContaining({ code: NOT_A_FILE_CODE }));
    expect(() => openRegularFileSync(path.join(dir, 'tvshow.nfo'))).toThrow(expect.objectContaining({ code: NOT_A_FILE_CODE }));
    expect(() => readRegularFileSync(path.join(dir, 'Season 1'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
