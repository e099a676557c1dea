import type { Stage } from '../stage';
import { artworkKnown, artworkState, mediaColumns, mediaOf } from './presence';

/**
 * Whether the series has its poster and fanart, and which artwork files are broken (the logo is
 * checked again, so that this last stage writes the whole list). This is the disk half: missing
 * poster, fanart, banner and season posters are fetched by the network queue once the series is
 * matched (artwork/series-artwork.ts), and waiting for the network never fails the load.
 */
export const imagesStage: Stage = {
  name: 'images',
  flag: 'images_loaded',
  waitsOn: 'disk',
  // Reading image headers waits on the disk when there are images this run has not checked.
  quick: (ctx) => artworkKnown(ctx, ['poster', 'logo', 'fanart']),
  async run(ctx) {
    const media = await mediaOf(ctx);
    return { series: { ...mediaColumns(media, ['poster', 'fanart']), ...(await artworkState(ctx, media, ['poster', 'logo', 'fanart'])) }, found: { media } };
  },
};
