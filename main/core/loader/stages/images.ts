import type { Stage } from '../stage';
import { knownMedia, mediaColumns, mediaOf } from './presence';

/** Whether the series has its poster and fanart. */
export const imagesStage: Stage = {
  name: 'images',
  flag: 'images_loaded',
  waitsOn: 'disk',
  quick: knownMedia,
  async run(ctx) {
    const media = await mediaOf(ctx);
    return { series: mediaColumns(media, ['poster', 'fanart']), found: { media } };
  },
};
