import { describe, expect, it } from 'vitest';
import { OwnWrites } from './own-writes';

const TTL = 60_000;

function write(own: OwnWrites, file: string, size: number): void {
  own.begin(file);
  own.note(file, { size, mtimeMs: size });
}

describe('OwnWrites', () => {
  it('forgets expired writes as new ones arrive, and keeps a file written again since', () => {
    let now = 0;
    const own = new OwnWrites(() => now, TTL);
    for (let i = 0; i < 2000; i++) write(own, `/lib/Show ${i}/tvshow.nfo`, i);
    expect(own.size).toBe(2000);

    // Rewritten just before the others expire: it is ours for another TTL.
    now = TTL - 1;
    write(own, '/lib/Show 7/tvshow.nfo', 77);
    now = TTL + 10;
    write(own, '/lib/New/tvshow.nfo', 1);

    expect(own.size).toBe(2);
    expect(own.isOwn('/lib/Show 7/tvshow.nfo', { size: 77, mtimeMs: 77 })).toBe(true);
    expect(own.isOwn('/lib/New/tvshow.nfo', { size: 1, mtimeMs: 1 })).toBe(true);
    expect(own.has('/lib/Show 8/tvshow.nfo')).toBe(false);
  });

  it('keeps every write within the TTL, however many', () => {
    let now = 0;
    const own = new OwnWrites(() => now, TTL);
    for (let i = 0; i < 3000; i++) {
      now = i;
      write(own, `/lib/Show ${i}/e.nfo`, i);
    }
    expect(own.size).toBe(3000);
    expect(own.isOwn('/lib/Show 0/e.nfo', { size: 0, mtimeMs: 0 })).toBe(true);
    expect(own.isOwn('/lib/Show 2999/e.nfo', { size: 2999, mtimeMs: 2999 })).toBe(true);
  });
});
