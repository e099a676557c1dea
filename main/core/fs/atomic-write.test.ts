import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';
import { writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';

const real = fs.promises;

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with some calls replaced (fault injection, not a mock of our code). */
function faultyFs(overrides: Partial<AtomicWriteFs>): AtomicWriteFs & { calls: string[] } {
  const calls: string[] = [];
  const wrap =
    <K extends keyof AtomicWriteFs>(name: K) =>
    (...args: Parameters<AtomicWriteFs[K]>) => {
      calls.push(name);
      const fn = (overrides[name] ?? real[name]) as (...a: unknown[]) => unknown;
      return fn(...args);
    };
  return {
    calls,
    open: wrap('open') as AtomicWriteFs['open'],
    rename: wrap('rename') as AtomicWriteFs['rename'],
    unlink: wrap('unlink') as AtomicWriteFs['unlink'],
    stat: wrap('stat') as AtomicWriteFs['stat'],
  };
}

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** A library folder holding tvshow.nfo with known bytes and mtime. */
function folderWithNfo() {
  const dir = libraryDir();
  writeTree(dir, { 'tvshow.nfo': '<tvshow><title>Old</title></tvshow>' });
  const file = path.join(dir, 'tvshow.nfo');
  const before = { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
  const expectIntact = () => {
    expect(fs.readFileSync(file)).toEqual(before.bytes);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(listing(dir)).toEqual(['tvshow.nfo']);
  };
  return { dir, file, expectIntact };
}

describe('writeFileAtomic', () => {
  test('creates a new file and leaves no temp file behind', async () => {
    const dir = libraryDir();
    await writeFileAtomic(path.join(dir, 'tvshow.nfo'), 'héllo 🎬');
    expect(fs.readFileSync(path.join(dir, 'tvshow.nfo'), 'utf8')).toBe('héllo 🎬');
    expect(listing(dir)).toEqual(['tvshow.nfo']);
  });

  test('replaces an existing file and keeps its permissions', async () => {
    const { dir, file } = folderWithNfo();
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, Buffer.from('new'));
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(listing(dir)).toEqual(['tvshow.nfo']);
  });

  test('flushNew: false leaves a new file unflushed but still flushes a file it replaces', async () => {
    // Counts the flushes of the temp files' handles (the real handles, observed).
    const syncs: string[] = [];
    const io = faultyFs({
      open: (async (...args: Parameters<typeof real.open>) => {
        const handle = await real.open(...args);
        const sync = handle.sync.bind(handle);
        handle.sync = () => (syncs.push(String(args[0])), sync());
        return handle;
      }) as AtomicWriteFs['open'],
    });
    const dir = libraryDir();
    const fresh = await writeFileAtomic(path.join(dir, 'Show - 01.nfo'), 'new', { fs: io, flushNew: false });
    expect(fresh.flushed).toBe(false);
    expect(syncs).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'Show - 01.nfo'), 'utf8')).toBe('new');

    const replaced = await writeFileAtomic(path.join(dir, 'Show - 01.nfo'), 'newer', { fs: io, flushNew: false });
    expect(replaced.flushed).toBe(true);
    expect(syncs).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'Show - 01.nfo'), 'utf8')).toBe('newer');

    // By default every write is flushed, new or not.
    const plain = await writeFileAtomic(path.join(dir, 'Show - 02.nfo'), 'x', { fs: io });
    expect(plain.flushed).toBe(true);
    expect(syncs).toHaveLength(2);
    expect(listing(dir)).toEqual(['Show - 01.nfo', 'Show - 02.nfo']);
  });

  test('uses the given mode for a new file', async () => {
    const dir = libraryDir();
    await writeFileAtomic(path.join(dir, 'poster.jpg'), 'x', { mode: 0o600 });
    expect(fs.statSync(path.join(dir, 'poster.jpg')).mode & 0o777).toBe(0o600);
  });

  test('concurrent writes to one file each land whole', async () => {
    const dir = libraryDir();
    const file = path.join(dir, 'tvshow.nfo');
    const versions = Array.from({ length: 8 }, (_, i) => String(i).repeat(50_000));
    await Promise.all(versions.map((v) => writeFileAtomic(file, v)));
    expect(versions).toContain(fs.readFileSync(file, 'utf8'));
    expect(listing(dir)).toEqual(['tvshow.nfo']);
  });

  test('a read-only folder gives WRITE_READ_ONLY and leaves the original intact', async () => {
    const { dir, file, expectIntact } = folderWithNfo();
    fs.chmodSync(dir, 0o555);
    // Root ignores folder permissions; there the same refusal is simulated at the open() call.
    const enforced = asUser(() => {
      try {
        fs.writeFileSync(path.join(dir, '.anishelf-probe.tmp'), '');
        fs.unlinkSync(path.join(dir, '.anishelf-probe.tmp'));
        return false;
      } catch {
        return true;
      }
    });
    const io = enforced ? faultyFs({}) : faultyFs({ open: () => Promise.reject(errno('EACCES')) });
    const err = await writeFileAtomic(file, 'new', { fs: io }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'AnishelfError',
      code: 'WRITE_READ_ONLY',
      message: `Anishelf cannot write tvshow.nfo in ${dir} because the folder is read-only; allow writing there and try again.`,
    });
    expect(io.calls).toContain('open');
    expect(io.calls).not.toContain('rename');
    fs.chmodSync(dir, 0o755);
    expectIntact();
  });

  test('a read-only share (EROFS) gives WRITE_READ_ONLY', async () => {
    const { file, expectIntact } = folderWithNfo();
    const io = faultyFs({ open: () => Promise.reject(errno('EROFS')) });
    await expect(writeFileAtomic(file, 'new', { fs: io })).rejects.toMatchObject({ code: 'WRITE_READ_ONLY' });
    expectIntact();
  });

  test('a full disk gives WRITE_DISK_FULL, removes the temp file and keeps the original', async () => {
    const { file, expectIntact } = folderWithNfo();
    const io = faultyFs({
      open: async (...args: Parameters<AtomicWriteFs['open']>) => {
        const handle = await real.open(...args);
        // The temp file exists and has been opened; the disk fills up while writing it.
        handle.writeFile = () => Promise.reject(errno('ENOSPC'));
        return handle;
      },
    });
    await expect(writeFileAtomic(file, 'x'.repeat(100_000), { fs: io })).rejects.toMatchObject({
      code: 'WRITE_DISK_FULL',
      message: expect.stringContaining('because the disk is full'),
    });
    expect(io.calls).toContain('unlink');
    expectIntact();
  });

  test('a target path under a file (a real ENOTDIR) gives WRITE_FAILED and creates nothing', async () => {
    const { dir, file, expectIntact } = folderWithNfo();
    await expect(writeFileAtomic(path.join(file, 'tvshow.nfo'), 'new')).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('its folder does not exist'),
    });
    expect(listing(dir)).toEqual(['tvshow.nfo']);
    expectIntact();
  });

  test('a folder in the way of the target (a real EISDIR) fails and removes the temp file', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo/keep.txt': 'user data' });
    await expect(writeFileAtomic(path.join(dir, 'tvshow.nfo'), 'new')).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('a folder with that name is in the way'),
    });
    expect(listing(dir)).toEqual(['tvshow.nfo']);
    expect(fs.readFileSync(path.join(dir, 'tvshow.nfo/keep.txt'), 'utf8')).toBe('user data');
  });

  test('a rename refused with EPERM is retried and then succeeds', async () => {
    const { dir, file } = folderWithNfo();
    let refusals = 2;
    const io = faultyFs({
      rename: (from, to) => (refusals-- > 0 ? Promise.reject(errno('EPERM')) : real.rename(from, to)),
    });
    await writeFileAtomic(file, 'new', { fs: io });
    expect(io.calls.filter((c) => c === 'rename')).toHaveLength(3);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(listing(dir)).toEqual(['tvshow.nfo']);
  });

  test('a rename that keeps failing (EBUSY) stops after a bounded retry with a clear error', async () => {
    const { file, expectIntact } = folderWithNfo();
    const io = faultyFs({ rename: () => Promise.reject(errno('EBUSY')) });
    await expect(writeFileAtomic(file, 'new', { fs: io })).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: `Anishelf cannot write tvshow.nfo in ${path.dirname(file)} because another program is using the file; close it and try again.`,
    });
    expect(io.calls.filter((c) => c === 'rename')).toHaveLength(5);
    // Bounded by the number of tries (the schedule's waits add up to half a second), not timed here.
    expectIntact();
  });

  test('a permanent rename error is not retried', async () => {
    const { file, expectIntact } = folderWithNfo();
    const io = faultyFs({ rename: () => Promise.reject(errno('EXDEV')) });
    await expect(writeFileAtomic(file, 'new', { fs: io })).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(io.calls.filter((c) => c === 'rename')).toHaveLength(1);
    expectIntact();
  });
});
