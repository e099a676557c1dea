import type { Stage } from '../stage';
import { artworkKnown, artworkState, mediaColumns, mediaOf } from './presence';

/**
 * Whether the series has a logo (logo.png, or Kodi's clearlogo.png). This is the disk half; a
 * missing logo is fetched by the network queue once the series is matched
 * (artwork/series-artwork.ts), so a provider's pace never holds up a disk worker.
 */
export const logoStage: Stage = {
  name: 'logo',
  flag: 'logo_loaded',
  waitsOn: 'disk',
  quick: (ctx) => artworkKnown(ctx, ['logo']),
  async run(ctx) {
    const media = await mediaOf(ctx);
    return { series: { ...mediaColumns(media, ['logo']), ...(await artworkState(ctx, media, ['logo'])) }, found: { media } };
  },
};
