import { expect, test } from 'vitest';
import { seriesFiles, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import type { Stage } from './stage';
import type { StageContext } from './stage-context';
import { STAGES } from './stage-list';
import { episodesStage } from './stages/episodes';
import { imagesStage } from './stages/images';

test('the stage list is data: a stage added to it runs in its place, sees what earlier stages found, and records its flag', async () => {
  const seen: Array<{ stage: string; videos: boolean | null; flagsAtStart: number[] }> = [];
  // A stand-in for a new stage (one file + one line in the list), here in the logo slot.
  const plotStage: Stage = {
    name: 'logo',
    flag: 'logo_loaded',
    waitsOn: 'network',
    async run(ctx: StageContext) {
      expect(Object.isFrozen(ctx)).toBe(true);
      seen.push({ stage: 'plot', videos: ctx.found.media !== null, flagsAtStart: [ctx.series.episodes_loaded, ctx.series.logo_loaded] });
      return { series: { plot: `found for ${ctx.series.folder_name}` } };
    },
  };
  const stages = [episodesStage, plotStage, imagesStage];
  const order: string[] = [];
  const core = await testCore({ loader: { stages, beforeStage: async (_id, stage) => void order.push(stage) } });
  const lib = libraryDir();
  writeTree(lib, { ...seriesFiles({ Alpha: 2 }), 'Alpha/poster.jpg': 'p' });
  const { added } = await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();

  expect(order).toEqual(['episodes', 'logo', 'images']);
  // The episodes stage's findings reached the added stage without another folder read.
  expect(seen).toEqual([{ stage: 'plot', videos: true, flagsAtStart: [0, 0] }]);
  const row = await core.db.selectFrom('series').selectAll().where('id', '=', added[0]!.id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ plot: 'found for Alpha', logo_loaded: 1, episodes_loaded: 1, images_loaded: 1, nfo_loaded: 0, has_poster: 1, video_count: 2 });
  expect(row.loading_status).toBe('completed');
  await core.close();
});

test('the app runs episodes, nfo, logo and images in that order, each with its own flag', () => {
  expect(STAGES.map((s) => [s.name, s.flag, s.waitsOn])).toEqual([
    ['episodes', 'episodes_loaded', 'disk'],
    ['nfo', 'nfo_loaded', 'disk'],
    ['logo', 'logo_loaded', 'disk'],
    ['images', 'images_loaded', 'disk'],
  ]);
});
