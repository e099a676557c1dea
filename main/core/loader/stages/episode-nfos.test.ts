import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WRITE_EPISODE_NFOS_SETTING } from './episode-nfos';
import { parseNfo } from '../../nfo/parse';
import { setSetting } from '../../db/repos/settings';
import { isOurs } from '../../db/repos/written-files';
import { loadedLibrary, testCore } from '../../testing/core';
import { unwritableDir } from '../../testing/faults';
import { writeTree } from '../../testing/temp';

const read = (file: string) => parseNfo(fs.readFileSync(file));

/** Loaded to the end, episode NFOs included (they are written after the load, in the background). */
function load(files: Record<string, string>, options: { writeEpisodeNfos?: boolean } = {}) {
  const { writeEpisodeNfos } = options;
  return loadedLibrary(files, writeEpisodeNfos === undefined ? {} : { prepare: (core) => setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, writeEpisodeNfos) });
}

describe('episode NFOs written after the load', () => {
  test('every numbered video gets an <episodedetails> NFO from what its name says; the rest stays as it was', async () => {
    const { core, lib, added } = await load({
      'Frieren/[SubsPlease] Sousou no Frieren - 03 [1080p].mkv': 'video',
      'Frieren/Season 2/Frieren - S02E01-E02 - The Return.mkv': 'video',
      'Frieren/[SubsPlease] Sousou no Frieren - OVA [1080p].mkv': 'video',
      'Frieren/Frieren - S01E04.mkv': 'video',
      'Frieren/Frieren - S01E04.nfo': '<episodedetails><title>Mine</title><season>1</season><episode>4</episode></episodedetails>',
    });
    const dir = path.join(lib, 'Frieren');
    expect(read(path.join(dir, '[SubsPlease] Sousou no Frieren - 03 [1080p].nfo')).episodes).toMatchObject([{ season: 1, episode: 3, title: 'Episode 3' }]);
    expect(read(path.join(dir, 'Season 2', 'Frieren - S02E01-E02 - The Return.nfo')).episodes.map((e) => [e.season, e.episode, e.title])).toEqual([
      [2, 1, 'The Return'],
      [2, 2, 'The Return'],
    ]);
    // An OVA without a number cannot be placed, by Kodi or by us: no NFO.
    expect(fs.existsSync(path.join(dir, '[SubsPlease] Sousou no Frieren - OVA [1080p].nfo'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'Frieren - S01E04.nfo'), 'utf8')).toBe('<episodedetails><title>Mine</title><season>1</season><episode>4</episode></episodedetails>');
    const detail = await core.getSeries(added[0]!.id);
    expect(detail.loadingStatus).toBe('completed');
    expect(detail.episodes.find((e) => e.path.endsWith('Sousou no Frieren - 03 [1080p].mkv'))).toMatchObject({ episodes: [3] });
    await core.close();
  });

  test('a series without tvshow.nfo gets a minimal one, which Kodi needs to list the show at all', async () => {
    const { core, lib, added } = await load({ 'Cowboy Bebop (1998)/Cowboy Bebop - 01.mkv': '', 'Mine/Mine - 01.mkv': '', 'Mine/tvshow.nfo': '<tvshow><title>Mine</title></tvshow>' });
    expect(read(path.join(lib, 'Cowboy Bebop (1998)', 'tvshow.nfo'))).toMatchObject({ kind: 'tvshow', title: 'Cowboy Bebop', year: 1998, premiered: '1998-01-01' });
    expect(fs.readFileSync(path.join(lib, 'Mine', 'tvshow.nfo'), 'utf8')).toBe('<tvshow><title>Mine</title></tvshow>');
    const bebop = await core.getSeries(added.find((s) => s.path.endsWith('(1998)'))!.id);
    expect(bebop).toMatchObject({ hasNfo: true, title: 'Cowboy Bebop', year: 1998, nfo: { state: 'valid' } });
    await core.close();
  });

  test('a second load writes nothing new and changes no file', async () => {
    const { core, lib, added } = await load({ 'Show/Show - 01.mkv': '', 'Show/Show - 02.mkv': '' });
    const nfo = path.join(lib, 'Show', 'Show - 01.nfo');
    const before = { bytes: fs.readFileSync(nfo), mtimeMs: fs.statSync(nfo).mtimeMs };
    await core.reload(added[0]!.id);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect({ bytes: fs.readFileSync(nfo), mtimeMs: fs.statSync(nfo).mtimeMs }).toEqual(before);
    expect(fs.readdirSync(path.join(lib, 'Show')).sort()).toEqual(['Show - 01.mkv', 'Show - 01.nfo', 'Show - 02.mkv', 'Show - 02.nfo', 'tvshow.nfo']);
    await core.close();
  });

  test('every file written is recorded with its hash; once the user edits it, it is theirs', async () => {
    const { core, lib } = await load({ 'Show/Show - 01.mkv': '' });
    const db = core.db;
    const rows = await db.selectFrom('written_files').select(['path', 'kind']).orderBy('path').execute();
    expect(rows).toEqual([
      { path: path.join(lib, 'Show', 'Show - 01.nfo'), kind: 'episode-nfo' },
      { path: path.join(lib, 'Show', 'tvshow.nfo'), kind: 'nfo' },
    ]);
    const nfo = path.join(lib, 'Show', 'Show - 01.nfo');
    expect(await isOurs(db, nfo, fs.readFileSync(nfo))).toBe(true);
    fs.appendFileSync(nfo, '<!-- mine -->\n');
    expect(await isOurs(db, nfo, fs.readFileSync(nfo))).toBe(false);
    expect(await isOurs(db, path.join(lib, 'Show', 'Show - 01.mkv'), Buffer.from(''))).toBe(false);
    await core.close();
  });

  test('NFOs Anishelf wrote that a power loss left empty are written again on the next load; an empty NFO of the user stays', async () => {
    // New NFOs are not flushed one by one, so a power loss can leave one empty at a recorded path.
    const { core, lib, added } = await load({ 'Show/Show - 01.mkv': '', 'Show/Show - 02.mkv': '', 'Other/Other - 01.mkv': '', 'Other/Other - 01.nfo': '' });
    const show = path.join(lib, 'Show');
    for (const file of ['tvshow.nfo', 'Show - 01.nfo']) fs.writeFileSync(path.join(show, file), '');
    const mine = path.join(lib, 'Other', 'Other - 01.nfo');
    for (const series of added) await core.reload(series.id);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect(read(path.join(show, 'tvshow.nfo'))).toMatchObject({ kind: 'tvshow', title: 'Show' });
    expect(read(path.join(show, 'Show - 01.nfo')).episodes).toMatchObject([{ season: 1, episode: 1 }]);
    expect(await core.getSeries(added.find((s) => s.path === show)!.id)).toMatchObject({ hasNfo: true, nfo: { state: 'valid' } });
    expect(fs.readFileSync(mine, 'utf8')).toBe('');
    await core.close();
  });

  test('with the setting off, no episode NFO is written', async () => {
    const { core, lib } = await load({ 'Show/Show - 01.mkv': '' }, { writeEpisodeNfos: false });
    expect(fs.readdirSync(path.join(lib, 'Show'))).toEqual(['Show - 01.mkv']);
    await core.close();
  });

  test('a read-only series folder still loads (RELIABILITY 28)', async () => {
    const core = await testCore();
    const parent = path.dirname(unwritableDir());
    fs.chmodSync(parent, 0o755);
    writeTree(parent, { 'Show/Show - 01.mkv': '' });
    fs.chmodSync(path.join(parent, 'Show'), 0o555);
    const { added } = await core.addFolders([path.join(parent, 'Show')]);
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect(await core.getSeries(added[0]!.id)).toMatchObject({ loadingStatus: 'completed', loadingError: null });
    expect(fs.readdirSync(path.join(parent, 'Show'))).toEqual(['Show - 01.mkv']);
    await core.close();
  });

  test('episode NFOs that cannot be written say why with the series, until a fill writes them', async () => {
    const core = await testCore();
    const parent = path.dirname(unwritableDir());
    fs.chmodSync(parent, 0o755);
    // The user's own tvshow.nfo: only the episode NFOs are Anishelf's to write.
    writeTree(parent, { 'Show/Show - 01.mkv': '', 'Show/Show - 02.mkv': '', 'Show/tvshow.nfo': '<tvshow><title>Show</title></tvshow>' });
    const folder = path.join(parent, 'Show');
    fs.chmodSync(folder, 0o555);
    const { added } = await core.addFolders([folder]);
    const id = added[0]!.id;
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect(await core.getSeries(id)).toMatchObject({
      loadingStatus: 'completed',
      nfo: { state: 'valid', problems: [] },
      episodeNfoProblem: { code: 'WRITE_READ_ONLY', message: `Anishelf cannot write Show - 01.nfo in ${folder} because the folder is read-only; allow writing there and try again.` },
    });

    fs.chmodSync(folder, 0o755);
    await core.reload(id);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect((await core.getSeries(id)).episodeNfoProblem).toBeNull();
    expect(fs.readdirSync(folder).sort()).toEqual(['Show - 01.mkv', 'Show - 01.nfo', 'Show - 02.mkv', 'Show - 02.nfo', 'tvshow.nfo']);
    await core.close();
  });

  test('a folder in the way of one episode NFO is reported, and the other episodes still get theirs', async () => {
    const { core, lib, added } = await load({ 'Show/Show - 01.mkv': '', 'Show/Show - 02.mkv': '', 'Show/Show - 03.mkv': '', 'Show/Show - 01.nfo/keep.txt': 'mine' });
    const dir = path.join(lib, 'Show');
    expect(fs.existsSync(path.join(dir, 'Show - 02.nfo'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'Show - 03.nfo'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'Show - 01.nfo', 'keep.txt'), 'utf8')).toBe('mine');
    expect((await core.getSeries(added[0]!.id)).episodeNfoProblem).toEqual({
      code: 'NFO_IS_DIRECTORY',
      message: `${path.join(dir, 'Show - 01.nfo')} is a folder, so Anishelf cannot write the episode's NFO there.`,
    });
    await core.close();
  });
});
