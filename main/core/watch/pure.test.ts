import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OwnWrites } from '../fs/own-writes';
import { ManualClock } from '../testing/manual-clock';
import { classifyChange } from './classify';
import { DirtyDebouncer } from './debouncer';
import { DirtySeries } from './dirty-series';
import { isTemporaryName } from './ignore-names';
import { SizeStability } from './size-stability';
import { changedSinceRead } from './sweep';
import { fsTypeOf, parseMountInfo } from '../fs/mounts';
import { chooseWatchMode } from './watch-mode';

const root = path.resolve('/lib');
const series = new Set([path.join(root, 'Show A'), path.join(root, 'A-Z', 'Bocchi')]);

describe('classifyChange', () => {
  test.each([
    ['Show A/Show A - 01.mkv', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'series' }],
    ['Show A', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'series' }],
    ['Show A/Season 02/ep.mkv', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'season' }],
    ['Show A/Season 02/x/ep.mkv', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'deeper' }],
    ['A-Z/Bocchi/Season 1', { kind: 'series', seriesPath: path.join(root, 'A-Z', 'Bocchi'), level: 'series' }],
    ['New Show', { kind: 'library', folder: root }],
    ['A-Z/New Show', { kind: 'library', folder: path.join(root, 'A-Z') }],
    ['', { kind: 'library', folder: root }],
    // Hidden, but they say what players leave out.
    ['Show A/.plexignore', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'series' }],
    ['Show A/Season 02/.nomedia', { kind: 'series', seriesPath: path.join(root, 'Show A'), level: 'season' }],
    ['.plexignore', { kind: 'library', folder: root }],
  ])('%s', (rel, expected) => {
    expect(classifyChange(path.join(root, rel), root, series)).toEqual(expected);
  });

  test.each([
    'Show A/Show A - 02.mkv.part', 'Show A/ep.!qB', 'Show A/ep.mkv.crdownload', 'Show A/x.tmp', 'Show A/~$notes.docx',
    'Show A/@eaDir/thumb.jpg', '#recycle/Old Show', '$RECYCLE.BIN', '.Trash-1000/Show', 'Show A/.anishelf-abc.tmp',
    'Show A/.DS_Store', '.Trash-1000/Show/.plexignore', 'Show A/@eaDir/.nomedia',
  ])('%s is ignored', (rel) => {
    expect(classifyChange(path.join(root, rel), root, series)).toEqual({ kind: 'ignore', reason: 'temporary-or-system' });
  });

  test('a path outside the root is ignored', () => {
    expect(classifyChange(path.resolve('/other/x.mkv'), root, series)).toEqual({ kind: 'ignore', reason: 'outside' });
    expect(classifyChange(path.resolve('/lib-evil/x.mkv'), root, series)).toEqual({ kind: 'ignore', reason: 'outside' });
  });

  test('a root that is itself one series', () => {
    const single = path.resolve('/lib/Show A');
    expect(classifyChange(path.join(single, 'Season 1', 'e.mkv'), single, series)).toMatchObject({ kind: 'series', seriesPath: single, level: 'season' });
  });

  test('temporary names', () => {
    expect(isTemporaryName('Show - 01.mkv')).toBe(false);
    expect(isTemporaryName('Show - 01.MKV.PART')).toBe(true);
  });
});

describe('DirtySeries', () => {
  const dirtySeries = () => {
    const clock = new ManualClock();
    const flushed: string[] = [];
    return { clock, flushed, dirty: new DirtySeries({ quietMs: 100, maxWaitMs: 1000, clock }, (p) => flushed.push(p)) };
  };

  test('a series only a poll found is told apart from one an event (or anything else) marked too', () => {
    const { clock, flushed, dirty } = dirtySeries();
    dirty.mark('polled', { byPoll: true });
    dirty.mark('event then poll');
    dirty.mark('event then poll', { byPoll: true });
    dirty.mark('poll then event', { byPoll: true });
    dirty.mark('poll then event');
    clock.advance(100);
    expect(flushed.sort()).toEqual(['event then poll', 'poll then event', 'polled']);
    expect(['polled', 'event then poll', 'poll then event'].map((p) => dirty.takePolledOnly(p))).toEqual([true, false, false]);
    // Asked once.
    expect(dirty.takePolledOnly('polled')).toBe(false);
  });

  test('a series waiting for its size check counts as pending, and a poll then does not make it poll-only', () => {
    const { clock, dirty } = dirtySeries();
    dirty.mark('copying');
    clock.advance(100);
    dirty.recheckLater('copying');
    expect(dirty.size).toBe(1);
    dirty.mark('copying', { byPoll: true });
    expect(dirty.takePolledOnly('copying')).toBe(false);
    // Marked again meanwhile: that flush checks, not the size check.
    expect(dirty.recheckDue('copying')).toBe(false);
    clock.advance(100);
    dirty.recheckLater('copying');
    expect(dirty.recheckDue('copying')).toBe(true);
    dirty.recheckLater('copying');
    dirty.dropRechecks(() => true);
    expect(dirty.size).toBe(0);
  });
});

describe('DirtyDebouncer', () => {
  test('a burst on one key is one flush after the quiet time', () => {
    const clock = new ManualClock();
    const flushed: string[] = [];
    const debouncer = new DirtyDebouncer<string>({ quietMs: 2000, maxWaitMs: 60_000, clock }, (k) => flushed.push(k));
    for (let i = 0; i < 10_000; i++) debouncer.mark(i % 2 ? 'a' : 'b');
    clock.advance(1999);
    expect(flushed).toEqual([]);
    clock.advance(1);
    expect(flushed.sort()).toEqual(['a', 'b']);
    expect(clock.pendingTimers).toBe(0);
  });

  test('events that never stop still flush at the max wait, once', () => {
    const clock = new ManualClock();
    const flushed: number[] = [];
    const debouncer = new DirtyDebouncer<string>({ quietMs: 2000, maxWaitMs: 60_000, clock }, () => flushed.push(clock.now()));
    const start = clock.now();
    for (let t = 0; t < 70_000; t += 500) {
      debouncer.mark('a');
      clock.advance(500);
    }
    expect(flushed[0]).toBe(start + 60_000);
    expect(flushed).toHaveLength(1); // the events after the flush start a new burst, still pending
    expect(debouncer.has('a')).toBe(true);
  });

  test('clear drops pending keys', () => {
    const clock = new ManualClock();
    const flushed: string[] = [];
    const debouncer = new DirtyDebouncer<string>({ quietMs: 10, maxWaitMs: 100, clock }, (k) => flushed.push(k));
    debouncer.mark('/a/x');
    debouncer.mark('/b/y');
    debouncer.clear((k) => k.startsWith('/a'));
    clock.advance(1000);
    expect(flushed).toEqual(['/b/y']);
  });
});

test('a folder time in the millisecond a read was stamped is not a change after it', () => {
  const read = '2026-12-04T06:32:34.766Z';
  const stamp = Date.parse(read);
  expect(changedSinceRead(stamp + 0.095, read)).toBe(false);
  expect(changedSinceRead(stamp - 0.5, read)).toBe(false);
  expect(changedSinceRead(stamp + 1, read)).toBe(true);
  expect(changedSinceRead(stamp + 1000.2, read)).toBe(true);
});

test('SizeStability wants two equal checks', () => {
  const stability = new SizeStability<string>();
  expect(stability.check('s', new Map([['e1.mkv', 100]]))).toBe(false);
  expect(stability.check('s', new Map([['e1.mkv', 200]]))).toBe(false);
  expect(stability.check('s', new Map([['e1.mkv', 200]]))).toBe(true);
  expect(stability.check('s', new Map([['e1.mkv', 200]]))).toBe(false); // a new round starts after a pass
});

test('OwnWrites matches a file only as Anishelf left it', () => {
  const clock = new ManualClock();
  const own = new OwnWrites(() => clock.now(), 60_000);
  own.note('/lib/A/tvshow.nfo', { size: 10, mtimeMs: 5 });
  expect(own.isOwn('/lib/A/tvshow.nfo', { size: 10, mtimeMs: 5 })).toBe(true);
  expect(own.isOwn('/lib/A/tvshow.nfo', { size: 12, mtimeMs: 9 })).toBe(false); // edited since
  expect(own.isOwn('/lib/A/tvshow.nfo', null)).toBe(false);
  clock.advance(60_001);
  expect(own.isOwn('/lib/A/tvshow.nfo', { size: 10, mtimeMs: 5 })).toBe(false);
});

describe('watch mode', () => {
  const mountinfo = [
    '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '40 22 0:44 / /mnt/nas rw,relatime shared:2 - nfs4 nas:/export rw',
    '41 22 0:45 / /mnt/smb\\040share rw - cifs //nas/share rw',
    '42 22 0:46 / /mnt/gdrive rw - fuse.rclone remote: rw',
    '43 22 0:47 / /mnt/nas/local rw - ext4 /dev/sdb1 rw',
  ].join('\n');
  const mounts = parseMountInfo(mountinfo);

  test.each([
    ['/home/me/Anime', 'ext4', 'native'],
    ['/mnt/nas/Anime', 'nfs4', 'poll'],
    ['/mnt/nas/local/Anime', 'ext4', 'native'],
    ['/mnt/smb share/TV', 'cifs', 'poll'],
    ['/mnt/gdrive/TV', 'fuse.rclone', 'poll'],
    ['/mnt/nasty', 'ext4', 'native'],
  ])('%s', (folder, fsType, mode) => {
    expect(fsTypeOf(folder, mounts)).toBe(fsType);
    expect(chooseWatchMode({ folder, platform: 'linux', fsType: fsTypeOf(folder, mounts), setting: 'auto' }).mode).toBe(mode);
  });

  test('UNC paths on Windows poll; the user setting wins', () => {
    expect(chooseWatchMode({ folder: '\\\\nas\\anime', platform: 'win32', fsType: null, setting: 'auto' }).mode).toBe('poll');
    expect(chooseWatchMode({ folder: '/mnt/nas/A', platform: 'linux', fsType: 'nfs', setting: 'realtime' }).mode).toBe('native');
    expect(chooseWatchMode({ folder: '/home/A', platform: 'linux', fsType: 'ext4', setting: 'poll', pollMinutes: 15 })).toMatchObject({ mode: 'poll', pollMinutes: 15 });
    expect(chooseWatchMode({ folder: '/home/A', platform: 'linux', fsType: 'ext4', setting: 'off' }).mode).toBe('off');
  });
});

test('OwnWrites: events that arrive while our write is under way wait for its stamp', async () => {
  const own = new OwnWrites();
  own.begin('/lib/A/poster.jpg');
  expect(own.has('/lib/A/poster.jpg')).toBe(true);
  let settled = false;
  const waiting = own.settled('/lib/A/poster.jpg').then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  own.note('/lib/A/poster.jpg', { size: 3, mtimeMs: 4 });
  await waiting;
  expect(own.isOwn('/lib/A/poster.jpg', { size: 3, mtimeMs: 4 })).toBe(true);
  own.begin('/lib/A/logo.png');
  own.abandon('/lib/A/logo.png');
  expect(own.has('/lib/A/logo.png')).toBe(false);
});
