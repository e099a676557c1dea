import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { asUser } from '../../testing/library-write-guard';
import { libraryDir, writeTree } from '../../testing/temp';
import { callsFor, LOCAL_DISK_CALLS as LOCAL, SHARE_CALLS as SHARE, writeEpisodeNfoJobs, type EpisodeNfoJob } from './write-job';

function seriesFolder(episodes: number): { dir: string; jobs: EpisodeNfoJob[] } {
  const dir = libraryDir();
  const jobs: EpisodeNfoJob[] = [];
  for (let n = 1; n <= episodes; n++) {
    const video = path.join(dir, `Show - ${String(n).padStart(2, '0')}.mkv`);
    writeTree(dir, { [path.basename(video)]: '' });
    jobs.push({ video, fields: [{ season: 1, episode: n, title: `Episode ${n}` }], ownedHash: null });
  }
  return { dir, jobs };
}

describe('writeEpisodeNfoJobs', () => {
  test('a folder on a local disk is written with synchronous calls, one file after another', () => {
    expect(callsFor(libraryDir())).toBe(LOCAL);
  });

  test.each([
    ['synchronous calls (a local disk)', LOCAL],
    ['asynchronous calls, several at once (a share)', SHARE],
  ])('with %s, writes every NFO beside its video and says so', async (_name, calls) => {
    const { dir, jobs } = seriesFolder(12);
    const outcomes = await writeEpisodeNfoJobs(jobs, calls);
    expect(outcomes).toHaveLength(12);
    for (const [i, outcome] of outcomes.entries()) {
      const file = path.join(dir, `Show - ${String(i + 1).padStart(2, '0')}.nfo`);
      expect(outcome).toMatchObject({ written: true, path: file, flushed: false });
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toContain(`<episode>${i + 1}</episode>`);
      expect(outcome.written && Buffer.from(outcome.bytes).equals(fs.readFileSync(file))).toBe(true);
      expect(outcome.written && outcome.mtimeMs).toBe(fs.statSync(file).mtimeMs);
    }
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test.each([
    ['synchronous calls', LOCAL],
    ['asynchronous calls', SHARE],
  ])('with %s, an NFO that is not ours is left as it is', async (_name, calls) => {
    const { dir, jobs } = seriesFolder(2);
    writeTree(dir, { 'Show - 01.nfo': 'theirs' });
    const outcomes = await writeEpisodeNfoJobs(jobs, calls);
    expect(outcomes[0]).toEqual({ written: false, path: path.join(dir, 'Show - 01.nfo'), error: null });
    expect(fs.readFileSync(path.join(dir, 'Show - 01.nfo'), 'utf8')).toBe('theirs');
    expect(outcomes[1]).toMatchObject({ written: true });
  });

  test.each([
    ['synchronous calls', LOCAL],
    ['asynchronous calls', SHARE],
  ])('with %s, a read-only folder fails with a clear error and nothing is written', async (_name, calls) => {
    const { dir, jobs } = seriesFolder(3);
    asUser(() => fs.chmodSync(dir, 0o555));
    const outcomes = await writeEpisodeNfoJobs(jobs, calls);
    asUser(() => fs.chmodSync(dir, 0o755));
    expect(outcomes.filter((o) => o.written)).toEqual([]);
    expect(outcomes.find((o) => !o.written && o.error)).toMatchObject({ error: { code: 'WRITE_READ_ONLY' } });
    expect(fs.readdirSync(dir).filter((name) => !name.endsWith('.mkv'))).toEqual([]);
  });
});
