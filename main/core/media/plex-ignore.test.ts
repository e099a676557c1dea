import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { asyncFsOps, syncFsOps } from './fs-ops';
import { exclusionsAbove, isIgnoredFile, isIgnoredFolder, parsePlexIgnore, readPlexIgnore } from './plex-ignore';

const lib = path.resolve('/media/anime');
const at = (...parts: string[]) => path.join(lib, ...parts);

describe('.plexignore patterns, as Plex reads them', () => {
  const rules = [
    parsePlexIgnore(
      ['\uFEFF# leave out the raw files', '', '*.AVI', '  Beautiful*.mkv  ', 'Show/Extras/*', 'Show/Season 1/Show - S01E03.mkv', '*/Samples/*', 'Old (2004)/*', '!keep.mkv', 'Other\\Bonus\\*'].join('\r\n'),
      lib,
    ),
  ];

  test('a pattern without a slash is a file name, matched in its folder and every folder below, in any case', () => {
    expect(isIgnoredFile(rules, at('x.avi'))).toBe(true);
    expect(isIgnoredFile(rules, at('Show', 'Season 1', 'Show - 01.avi'))).toBe(true);
    expect(isIgnoredFile(rules, at('Show', 'beautiful day.MKV'))).toBe(true);
    expect(isIgnoredFile(rules, at('Show', 'Show - 01.mkv'))).toBe(false);
    // A name is all of it: "*.avi" is no "x.avi.mkv".
    expect(isIgnoredFile(rules, at('x.avi.mkv'))).toBe(false);
  });

  test('a pattern with a slash is a path below the folder of the file, each * within one name', () => {
    expect(isIgnoredFile(rules, at('Show', 'Season 1', 'Show - S01E03.mkv'))).toBe(true);
    expect(isIgnoredFile(rules, at('Show', 'Season 1', 'Show - S01E04.mkv'))).toBe(false);
    expect(isIgnoredFile(rules, at('Show', 'Extras', 'NCOP.mkv'))).toBe(true);
    expect(isIgnoredFile(rules, at('Grp', 'Show', 'Extras', 'NCOP.mkv'))).toBe(false);
    expect(isIgnoredFile(rules, at('Other', 'Samples', 'a.mkv'))).toBe(true);
  });

  test('"Folder/*" leaves that folder out whole; a comment, a blank line and "!" are no patterns of their own', () => {
    expect(isIgnoredFolder(rules, at('Show', 'Extras'))).toBe(true);
    expect(isIgnoredFolder(rules, at('Old (2004)'))).toBe(true);
    expect(isIgnoredFolder(rules, at('Old (2005)'))).toBe(false);
    expect(isIgnoredFolder(rules, at('Any', 'Samples'))).toBe(true);
    expect(isIgnoredFolder(rules, at('Other', 'Bonus'))).toBe(true);
    expect(isIgnoredFolder(rules, at('Show'))).toBe(false);
    expect(isIgnoredFolder(rules, lib)).toBe(false);
    // "!" is a character of a name here, not "everything but".
    expect(isIgnoredFile(rules, at('!keep.mkv'))).toBe(true);
    expect(isIgnoredFile(rules, at('keep.mkv'))).toBe(false);
    expect(isIgnoredFile(rules, at('leave out the raw files'))).toBe(false);
  });

  test('past 256 patterns, or a pattern longer than 512 characters, the rest is not read', () => {
    const many = parsePlexIgnore([`${'x'.repeat(600)}*`, ...Array.from({ length: 300 }, (_, i) => `name${i}.mkv`)].join('\n'), lib);
    expect(many.names).toHaveLength(256);
    expect(isIgnoredFile([many], at('name255.mkv'))).toBe(true);
    expect(isIgnoredFile([many], at('name256.mkv'))).toBe(false);
    expect(isIgnoredFile([many], at(`${'x'.repeat(600)}.mkv`))).toBe(false);
  });

  test('rules reach only what is below their folder', () => {
    const inShow = [parsePlexIgnore('*/Bonus/*\nSeason 2/*', at('Show'))];
    expect(isIgnoredFolder(inShow, at('Show', 'Season 2'))).toBe(true);
    expect(isIgnoredFolder(inShow, at('Season 2'))).toBe(false);
    expect(isIgnoredFolder(inShow, at('Other', 'Season 2'))).toBe(false);
    expect(isIgnoredFile([parsePlexIgnore('Season 2/a.mkv', at('Show'))], at('Other', 'Season 2', 'a.mkv'))).toBe(false);
  });

  test('the rules of the library folder and of grouping folders above a series are read; a missing or unreadable file is none', async () => {
    const dir = libraryDir();
    writeTree(dir, { '.plexignore': '*.avi\n', 'A/.plexignore': 'Akira/Extras/*\n', 'A/Akira/.plexignore': 'not read here\n', 'A/Akira/Akira - 01.mkv': '' });
    const above = await exclusionsAbove(asyncFsOps, dir, path.join(dir, 'A', 'Akira'));
    expect(above.excluded).toBe(false);
    expect(above.rules.map((r) => r.folder)).toEqual([dir, path.join(dir, 'A')]);
    expect(isIgnoredFolder(above.rules, path.join(dir, 'A', 'Akira', 'Extras'))).toBe(true);
    expect(await exclusionsAbove(asyncFsOps, dir, dir)).toEqual({ excluded: false, rules: [] });
    expect(await exclusionsAbove(asyncFsOps, path.join(dir, 'A'), dir)).toEqual({ excluded: false, rules: [] });
    // Kodi's and Jellyfin's markers above a series leave it out; a folder of that name does not.
    writeTree(dir, { 'A/.nomedia/x': '' });
    expect((await exclusionsAbove(asyncFsOps, dir, path.join(dir, 'A', 'Akira'))).excluded).toBe(false);
    writeTree(dir, { '.ignore': '' });
    expect((await exclusionsAbove(asyncFsOps, dir, path.join(dir, 'A', 'Akira'))).excluded).toBe(true);
    expect(await readPlexIgnore(asyncFsOps, path.join(dir, 'missing'))).toBeNull();
    writeTree(dir, { 'B/.plexignore/inside': '', 'C/': '' });
    expect(await readPlexIgnore(asyncFsOps, path.join(dir, 'B'))).toBeNull();
    // A pipe is never opened for reading (that would wait for a writer for good).
    execFileSync('mkfifo', [path.join(dir, 'C', '.plexignore')]);
    expect(await readPlexIgnore(asyncFsOps, path.join(dir, 'C'))).toBeNull();
    expect(await readPlexIgnore(syncFsOps, path.join(dir, 'C'))).toBeNull();
  });
});
