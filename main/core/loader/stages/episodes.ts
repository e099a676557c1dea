import { readSeriesFolder } from '../../scan/scan-series';
import type { Stage } from '../stage';

/** Reads the series folder (only this one) and brings its episode rows and media flags up to date. */
export const episodesStage: Stage = {
  name: 'episodes',
  flag: 'episodes_loaded',
  waitsOn: 'disk',
  async run(ctx) {
    const scan = await readSeriesFolder({ db: ctx.deps.db, now: ctx.now }, ctx.series, { signal: ctx.signal, snapshot: ctx.deps.snapshot });
    return {
      series: scan.series,
      episodes: scan.episodes,
      found: { media: scan.snapshot.media, hasEpisodeNfos: scan.snapshot.files.some((f) => f.nfoPath), artworkOk: scan.snapshot.artworkOk },
    };
  },
};
