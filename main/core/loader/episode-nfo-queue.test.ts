import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { setSetting } from '../db/repos/settings';
import { testCore } from '../testing/core';
import { libraryDir, tempDir, writeTree } from '../testing/temp';
import { WRITE_EPISODE_NFOS_SETTING } from './stages/episode-nfos';

const nfosIn = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.nfo')).sort();

describe('the background episode-NFO writer', () => {
  test('a series is ready before its episode NFOs; a restart writes those still missing, from the rows without one', async () => {
    const dataDir = tempDir('anishelf-data-');
    const lib = libraryDir();
    writeTree(lib, { 'Show/Show - 01.mkv': '', 'Show/Show - 02.mkv': '', 'Show/Show - OVA.mkv': '' });
    const first = await testCore({ dataDir });
    // Writing off stands in for a stop before the writer got there: the load itself writes nothing.
    await setSetting(first.db, WRITE_EPISODE_NFOS_SETTING, false);
    const { added } = await first.addFolders([lib]);
    await first.startLoader();
    await first.whenLoaderIdle();
    await first.episodeNfos.whenIdle();
    expect(await first.getSeries(added[0]!.id)).toMatchObject({ loadingStatus: 'completed', hasNfo: false });
    expect(nfosIn(path.join(lib, 'Show'))).toEqual([]);
    await first.close();

    const second = await testCore({ dataDir });
    await setSetting(second.db, WRITE_EPISODE_NFOS_SETTING, true);
    await second.startLoader();
    await second.episodeNfos.whenIdle();
    expect(nfosIn(path.join(lib, 'Show'))).toEqual(['Show - 01.nfo', 'Show - 02.nfo', 'tvshow.nfo']);
    const detail = await second.getSeries(added[0]!.id);
    expect(detail).toMatchObject({ loadingStatus: 'completed', hasNfo: true, nfo: { state: 'valid' } });
    const rows = await second.db.selectFrom('episodes').select(['path', 'nfo_path']).orderBy('path').execute();
    expect(rows.map((r) => [path.relative(lib, r.path), r.nfo_path && path.relative(lib, r.nfo_path)])).toEqual([
      
      ['Show/Show - 01.mkv', 'Show/Show - 01.nfo'],
      ['Show/Show - 02.mkv', 'Show/Show - 02.nfo'],
      ['Show/Show - OVA.mkv', null],
    ]);
    // The video without a number stays without an NFO and is not tried again and again.
    expect(second.episodeNfos.progress()).toEqual({ written: 2, queued: 0 });
    await second.close();
  });

  test('switching episode NFOs on writes them for the series already loaded', async () => {
    const core = await testCore();
    await setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, false);
    const lib = libraryDir();
    writeTree(lib, { 'Show/Show - 01.mkv': '' });
    await core.addFolders([lib]);
    await core.startLoader();
    await core.whenLoaderIdle();
    expect(nfosIn(path.join(lib, 'Show'))).toEqual([]);
    await core.setSetting('episode-nfos', 'on');
    await core.episodeNfos.whenIdle();
    expect(nfosIn(path.join(lib, 'Show'))).toEqual(['Show - 01.nfo', 'tvshow.nfo']);
    await core.close();
  });
});
