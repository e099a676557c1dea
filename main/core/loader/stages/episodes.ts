import { writableEpisodeNumbers } from '../../nfo/episode-fields';
import { readSeriesFolder } from '../../scan/scan-series';
import type { Stage } from '../stage';

/** Reads the series folder (only this one) and brings its episode rows and media flags up to date. */
export const episodesStage: Stage = {
  name: 'episodes',
  flag: 'episodes_loaded',
  waitsOn: 'disk',
  async run(ctx) {
    const scan = await readSeriesFolder({ db: ctx.deps.db, now: ctx.now }, ctx.series, { signal: ctx.signal, snapshot: ctx.deps.snapshot });
    const { files } = scan.snapshot;
    return {
      series: scan.series,
      episodes: scan.episodes,
      folderTimes: scan.folder?.times ?? null,
      found: {
        media: scan.snapshot.media,
        hasEpisodeNfos: files.some((f) => f.nfoPath),
        hasListableEpisode: files.some((f) => f.nfoPath || writableEpisodeNumbers(f.episodes).length > 0),
        artworkOk: scan.snapshot.artworkOk,
        scannedFolder: scan.folder,
      },
    };
  },
};
