import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { takeViolations } from './library-write-guard';
import { libraryDir, writeTree } from './temp';

// The guard every test runs under must refuse a user's files and allow ours.
test("deleting or renaming a user's file in a library fails; Anishelf's own files may go", () => {
  const lib = libraryDir();
  writeTree(lib, { 'Show/e01.mkv': 'video', 'Show/tvshow.nfo': '<tvshow/>', 'Show/.anishelf-1.tmp': 'x', 'Show/poster.jpg': 'p', 'Show/banner.png': 'b' });
  expect(() => fs.rmSync(path.join(lib, 'Show/e01.mkv'))).toThrow(/not allowed/);
  expect(() => fs.renameSync(path.join(lib, 'Show/e01.mkv'), path.join(lib, 'Show/tvshow.nfo'))).toThrow(/not allowed/);
  expect(takeViolations()).toHaveLength(2);
  fs.renameSync(path.join(lib, 'Show/.anishelf-1.tmp'), path.join(lib, 'Show/tvshow.nfo'));
  fs.rmSync(path.join(lib, 'Show/poster.jpg'));
  fs.rmSync(path.join(lib, 'Show/banner.png'));
  expect(fs.readdirSync(path.join(lib, 'Show')).sort()).toEqual(['e01.mkv', 'tvshow.nfo']);
});
