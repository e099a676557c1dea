import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { parseNfo } from './parse';
import { episodeNfoPathFor, saveEpisodeNfo } from './save-episode';

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}`, import.meta.url));

describe('saveEpisodeNfo', () => {
  test('writes the NFO Kodi looks for beside the video, and nothing else', async () => {
    const dir = libraryDir();
    writeTree(dir, { '[Grp] Show - 03 [1080p].mkv': 'video' });
    const video = path.join(dir, '[Grp] Show - 03 [1080p].mkv');
    const result = await saveEpisodeNfo(video, [{ season: 1, episode: 3, title: 'Episode 3' }]);
    expect(result).toMatchObject({ written: true, path: path.join(dir, '[Grp] Show - 03 [1080p].nfo') });
    expect(episodeNfoPathFor(video)).toBe(path.join(dir, '[Grp] Show - 03 [1080p].nfo'));
    expect(parseNfo(fs.readFileSync(result.path)).episodes[0]).toMatchObject({ season: 1, episode: 3, title: 'Episode 3' });
    expect(fs.readdirSync(dir).sort()).toEqual(['[Grp] Show - 03 [1080p].mkv', '[Grp] Show - 03 [1080p].nfo']);
  });

  test("never touches an NFO that is not Anishelf's, and never a scene release's text .nfo", async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - 01.mkv': '', 'Show - 01.nfo': corpus('kodi-episode.nfo'), 'Show - 02.mkv': '', 'Show - 02.nfo': corpus('scene-release.nfo') });
    const before = fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)));
    const one = await saveEpisodeNfo(path.join(dir, 'Show - 01.mkv'), [{ season: 1, episode: 1, title: 'x' }]);
    expect(one).toMatchObject({ written: false, reason: 'not-ours' });
    const two = await saveEpisodeNfo(path.join(dir, 'Show - 02.mkv'), [{ season: 1, episode: 2, title: 'x' }], { mayUpdate: () => true });
    expect(two).toMatchObject({ written: false, reason: 'not-kodi' });
    expect(fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)))).toEqual(before);
  });

  test.skipIf(process.platform === 'win32')('a link under the NFO\'s name is left as it is, even one that leads nowhere or to a file Anishelf wrote', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - 01.mkv': '', 'Show - 02.mkv': '', 'nfos/Show - 02.nfo': '' });
    const first = await saveEpisodeNfo(path.join(dir, 'Show - 02.mkv'), [{ season: 1, episode: 2, title: 'Two' }], { nfoPath: path.join(dir, 'nfos/Show - 02.nfo'), mayUpdate: () => true });
    expect(first.written).toBe(true);
    // Links the user made: one to a drive that is away, one to the NFO just written.
    fs.symlinkSync('/media/away/Show - 01.nfo', path.join(dir, 'Show - 01.nfo'));
    fs.symlinkSync(path.join('nfos', 'Show - 02.nfo'), path.join(dir, 'Show - 02.nfo'));
    for (const [video, episode] of [['Show - 01.mkv', 1], ['Show - 02.mkv', 2]] as const) {
      const result = await saveEpisodeNfo(path.join(dir, video), [{ season: 1, episode, title: 'New' }], { mayUpdate: () => true });
      expect(result).toMatchObject({ written: false, reason: 'not-ours' });
    }
    expect(fs.readlinkSync(path.join(dir, 'Show - 01.nfo'))).toBe('/media/away/Show - 01.nfo');
    expect(fs.readlinkSync(path.join(dir, 'Show - 02.nfo'))).toBe(path.join('nfos', 'Show - 02.nfo'));
    expect(parseNfo(fs.readFileSync(path.join(dir, 'nfos/Show - 02.nfo'))).episodes[0]).toMatchObject({ title: 'Two' });
  });

  test('merges into its own NFO when told it wrote it, and skips an unchanged write', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - 01.mkv': '' });
    const video = path.join(dir, 'Show - 01.mkv');
    const first = await saveEpisodeNfo(video, [{ season: 1, episode: 1, title: 'Episode 1' }]);
    if (!first.written) throw new Error('not written');
    const ours = (_file: string, bytes: Buffer) => bytes.equals(first.bytes);
    const second = await saveEpisodeNfo(video, [{ season: 1, episode: 1, title: 'The Real Title', plot: 'Plot.' }], { mayUpdate: ours });
    expect(second.written).toBe(true);
    expect(parseNfo(fs.readFileSync(second.path)).episodes[0]).toMatchObject({ title: 'The Real Title', plot: 'Plot.' });
    expect(await saveEpisodeNfo(video, [{ season: 1, episode: 1, title: 'The Real Title' }], { mayUpdate: () => true })).toMatchObject({ written: false, reason: 'unchanged' });
  });
});
