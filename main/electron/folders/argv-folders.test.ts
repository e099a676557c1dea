import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/testing/temp';
import { folderPathsFromArgv } from './argv-folders';

const isDirectory = (p: string) => fs.statSync(p).isDirectory();

describe('folderPathsFromArgv', () => {
  it('takes existing folders from a packaged app command line', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'Anime'));
    fs.mkdirSync(path.join(dir, 'TV Shows'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const argv = ['/opt/Anishelf/anishelf', path.join(dir, 'Anime'), '--no-sandbox', path.join(dir, 'notes.txt'), 'TV Shows', path.join(dir, 'missing')];
    expect(folderPathsFromArgv(argv, { cwd: dir, isDefaultApp: false, isDirectory })).toEqual([path.join(dir, 'Anime'), path.join(dir, 'TV Shows')]);
  });

  it('skips the app path when started as `electron .` in development', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'Anime'));
    const argv = ['/repo/node_modules/electron/dist/electron', '.', '--inspect=0', 'Anime'];
    expect(folderPathsFromArgv(argv, { cwd: dir, isDefaultApp: true, isDirectory })).toEqual([path.join(dir, 'Anime')]);
    // Playwright and other launchers put their switches before the app path.
    const launched = ['/repo/node_modules/electron/dist/electron', '--inspect=0', '--remote-debugging-port=0', dir, 'Anime'];
    expect(folderPathsFromArgv(launched, { cwd: dir, isDefaultApp: true, isDirectory })).toEqual([path.join(dir, 'Anime')]);
    expect(folderPathsFromArgv(['/e/electron', '--no-sandbox', dir], { cwd: dir, isDefaultApp: true, isDirectory })).toEqual([]);
  });

  it('skips the switches Chromium adds to a second instance, URLs and repeats', () => {
    const dir = tempDir();
    const argv = [
      'anishelf',
      '--allow-file-access-from-files',
      '--original-process-start-time=13345',
      '--enable-features=X',
      'anishelf://app/index.html',
      'file:///etc',
      'https://example.org',
      dir,
      `${dir}/`,
      '',
    ];
    expect(folderPathsFromArgv(argv, { cwd: '/', isDefaultApp: false, isDirectory })).toEqual([dir]);
  });

  it('refuses network paths, NUL and over-long arguments', () => {
    const asked: string[] = [];
    const argv = ['anishelf', '\\\\nas\\anime', `/tmp/a\0b`, `/${'a'.repeat(5000)}`];
    const result = folderPathsFromArgv(argv, { cwd: 'C:\\Users\\me', isDefaultApp: false, platform: 'win32', isDirectory: (p) => (asked.push(p), true) });
    expect(result).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('reads Windows paths and drive letters', () => {
    const argv = ['C:\\Program Files\\Anishelf\\Anishelf.exe', 'D:\\Anime', 'Shows'];
    expect(folderPathsFromArgv(argv, { cwd: 'C:\\Users\\me', isDefaultApp: false, platform: 'win32', isDirectory: () => true })).toEqual(['D:\\Anime', 'C:\\Users\\me\\Shows']);
  });

  it('treats a stat that throws (permission denied) as not a folder', () => {
    expect(folderPathsFromArgv(['a', '/root/x'], { cwd: '/', isDefaultApp: false, isDirectory: () => { throw new Error('EACCES'); } })).toEqual([]);
  });
});
