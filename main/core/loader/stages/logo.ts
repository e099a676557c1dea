import type { Stage } from '../stage';
import { knownMedia, mediaColumns, mediaOf } from './presence';

/** Whether the series has a logo (logo.png, or Kodi's clearlogo.png). */
export const logoStage: Stage = {
  name: 'logo',
  flag: 'logo_loaded',
  waitsOn: 'disk',
  quick: knownMedia,
  async run(ctx) {
    const media = await mediaOf(ctx);
    return { series: mediaColumns(media, ['logo']), found: { media } };
  },
};
