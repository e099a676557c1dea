import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROMISE_FS, SYNC_FS, type LibraryFs } from '../fs/library-fs';
import { libraryDir, writeTree } from '../testing/temp';
import { parseNfo } from './parse';
import { saveTvshowNfo } from './save';

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}`, import.meta.url));

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real calls of `base` with one replaced (fault injection for the atomic write). */
function failing(base: LibraryFs, name: keyof LibraryFs, code: string): LibraryFs {
  return { ...base, [name]: () => Promise.reject(errno(code)) };
}

function state(file: string) {
  return { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs, files: fs.readdirSync(path.dirname(file)).sort() };
}

describe('saveTvshowNfo', () => {
  test('creates a missing tvshow.nfo', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Cowboy Bebop - S01E01.mkv': '' });
    const result = await saveTvshowNfo(dir, { title: 'Cowboy Bebop', uniqueIds: { tvdb: '76885' }, defaultUniqueId: 'tvdb' });
    expect(result).toMatchObject({ written: true, path: path.join(dir, 'tvshow.nfo') });
    // The time it reports is the file's (the watcher is told the write is ours by size and time).
    expect(result.written && result.mtimeMs).toBe(fs.statSync(path.join(dir, 'tvshow.nfo')).mtimeMs);
    // The bytes it reports are the bytes on disk (recorded as Anishelf's own without reading back).
    expect(Buffer.from(result.written ? result.bytes : [])).toEqual(fs.readFileSync(path.join(dir, 'tvshow.nfo')));
    expect(parseNfo(fs.readFileSync(result.path))).toMatchObject({ kind: 'tvshow', title: 'Cowboy Bebop', defaultUniqueId: { type: 'tvdb', value: '76885' }, problems: [] });
    expect(fs.readdirSync(dir).sort()).toEqual(['Cowboy Bebop - S01E01.mkv', 'tvshow.nfo']);
  });

  test('does not write when nothing would change', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': corpus('kodi-tvshow.nfo') });
    const file = path.join(dir, 'tvshow.nfo');
    const before = state(file);
    expect(await saveTvshowNfo(dir, { title: "Frieren: Beyond Journey's End", year: 2023 })).toEqual({ written: false, reason: 'unchanged', path: file, bytes: fs.readFileSync(file) });
    expect(state(file)).toEqual(before);
  });

  test('merges into the existing file under its own spelling', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'TVShow.NFO': corpus('mediaelch-tvshow.nfo') });
    const result = await saveTvshowNfo(dir, { plot: 'Updated.' });
    expect(result).toMatchObject({ written: true, path: path.join(dir, 'TVShow.NFO') });
    // The bytes it reports are the bytes on disk (recorded as Anishelf's own without reading back).
    expect(Buffer.from(result.written ? result.bytes : [])).toEqual(fs.readFileSync(path.join(dir, 'TVShow.NFO')));
    const text = fs.readFileSync(result.path, 'utf8');
    expect(parseNfo(text)).toMatchObject({ plot: 'Updated.', title: 'Cowboy Bebop', namedSeasons: { 0: 'Specials', 1: 'Session' } });
    expect(text).toContain('<appname>MediaElch</appname>');
    expect(fs.readdirSync(dir)).toEqual(['TVShow.NFO']);
  });

  test('rewrites a UTF-16 file as UTF-8 only when something changes', async () => {
    const dir = libraryDir();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<tvshow><title>フリーレン</title></tvshow>', 'utf16le')]);
    writeTree(dir, { 'tvshow.nfo': utf16 });
    expect(await saveTvshowNfo(dir, { title: 'フリーレン' })).toMatchObject({ written: false });
    expect(await saveTvshowNfo(dir, { year: 2023 })).toMatchObject({ written: true });
    const bytes = fs.readFileSync(path.join(dir, 'tvshow.nfo'));
    expect(bytes.subarray(0, 5).toString()).toBe('<?xml');
    expect(parseNfo(bytes)).toMatchObject({ title: 'フリーレン', year: 2023, problems: [] });
  });

  test('honours the lock, and lets the user turn it off', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': corpus('bom-no-declaration.nfo') });
    const file = path.join(dir, 'tvshow.nfo');
    const before = state(file);
    await expect(saveTvshowNfo(dir, { title: 'Other' })).rejects.toMatchObject({ code: 'NFO_LOCKED' });
    expect(state(file)).toEqual(before);
    expect(await saveTvshowNfo(dir, { locked: false })).toMatchObject({ written: true });
    expect(await saveTvshowNfo(dir, { title: 'Other' })).toMatchObject({ written: true });
    expect(parseNfo(fs.readFileSync(file))).toMatchObject({ title: 'Other', locked: false });
  });

  test.each([
    ['garbage after the root', 'broken-garbage-after-root.nfo', 'NFO_INVALID'],
    ['a truncated file', 'broken-truncated.nfo', 'NFO_INVALID'],
    ['a scene release note', 'scene-release.nfo', 'NFO_INVALID'],
  ])('leaves %s untouched', async (_name, source, code) => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': corpus(source) });
    const before = state(path.join(dir, 'tvshow.nfo'));
    await expect(saveTvshowNfo(dir, { title: 'X' })).rejects.toMatchObject({ code, message: expect.stringContaining('will not rewrite') });
    expect(state(path.join(dir, 'tvshow.nfo'))).toEqual(before);
  });

  test('a folder named tvshow.nfo is left alone', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo/keep.txt': 'mine' });
    await expect(saveTvshowNfo(dir, { title: 'X' })).rejects.toMatchObject({ code: 'NFO_IS_DIRECTORY' });
    expect(fs.readFileSync(path.join(dir, 'tvshow.nfo/keep.txt'), 'utf8')).toBe('mine');
  });

  test.each([
    ['a read-only share', 'open', 'EROFS', 'WRITE_READ_ONLY', PROMISE_FS],
    ['a full disk', 'open', 'ENOSPC', 'WRITE_DISK_FULL', PROMISE_FS],
    ['a rename refused with EPERM', 'rename', 'EPERM', 'WRITE_FAILED', PROMISE_FS],
    ['a read-only share, synchronous calls', 'open', 'EROFS', 'WRITE_READ_ONLY', SYNC_FS],
    ['a full disk, synchronous calls', 'open', 'ENOSPC', 'WRITE_DISK_FULL', SYNC_FS],
    ['a rename refused with EPERM, synchronous calls', 'rename', 'EPERM', 'WRITE_FAILED', SYNC_FS],
  ] as const)('%s keeps the original and says why', async (_name, call, errnoCode, code, base) => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': corpus('kodi-tvshow.nfo') });
    const before = state(path.join(dir, 'tvshow.nfo'));
    await expect(saveTvshowNfo(dir, { title: 'X' }, { fs: failing(base, call, errnoCode) })).rejects.toMatchObject({
      code,
      message: expect.stringMatching(/^Anishelf cannot write tvshow\.nfo in .+; .+\.$/),
    });
    expect(state(path.join(dir, 'tvshow.nfo'))).toEqual(before);
  });

  test('a missing series folder is a clear write error', async () => {
    const dir = path.join(libraryDir(), 'gone');
    await expect(saveTvshowNfo(dir, { title: 'X' })).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('its folder does not exist') });
  });
});
