import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../testing/temp';
import { makeFolderTreeSync } from './make-folder';

test('makes every missing level, and is content when the folder exists', () => {
  const base = tempDir();
  const deep = path.join(base, 'a', 'b', 'c');
  makeFolderTreeSync(deep);
  expect(fs.statSync(deep).isDirectory()).toBe(true);
  makeFolderTreeSync(deep);
  makeFolderTreeSync(base);
  expect(fs.readdirSync(base)).toEqual(['a']);
});

test('a file in the way is an error, not a loop', () => {
  const base = tempDir();
  fs.writeFileSync(path.join(base, 'file'), '');
  expect(() => makeFolderTreeSync(path.join(base, 'file', 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
});

// Node's own recursive mkdir spins for ever here: /proc answers ENOENT for any new folder.
test.skipIf(!fs.existsSync('/proc/self'))('a folder in /proc fails at once with the answer /proc gives', () => {
  expect(() => makeFolderTreeSync('/proc/anishelf-data/inner')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
});
