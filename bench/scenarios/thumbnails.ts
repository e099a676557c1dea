import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { openCore, type Core } from '../../main/core/app';
import { generatePosterLibrary } from '../generate-posters';
import { benchDataDir, round, scratchDir } from '../fixtures';
import { timed, withEventLoopDelay } from '../measure';
import type { BenchScenario } from '../scenario';

const SERIES = 300;
const AT_ONCE = 8;

/**
 * The grid's poster thumbnails (both widths: 340 for HiDPI, 180 for the card at one pixel per CSS
 * pixel) at 300 series with real 680×1000 posters, through the core as the artwork routes call
 * it: made cold (eight requests at a time, as a scroll sends them) with the
 * event loop's delay meanwhile (beside the same wait with nothing to do), then served warm (the
 * two thumbnails also alone, without and with the poster's version); the bytes and pixels a card decodes, each thumbnail
 * against the poster. The frame times of a 3,000-series scroll are measured in e2e/web/measure.spec.ts.
 */
export const posterThumbnails: BenchScenario = {
  name: 'poster-thumbnails-300',
  async run() {
    const root = scratchDir('poster-library');
    await generatePosterLibrary(root, SERIES, 30);
    const core = await openCore({ dataDir: benchDataDir(), env: { ...process.env, ANISHELF_PROVIDERS: 'off' } });
    try {
      await core.addFolders([root]);
      await core.startLoader();
      await core.whenLoaderIdle();
      const withPosters = (await core.listSeries()).filter((s) => s.hasPoster);
      const ids = withPosters.map((s) => s.id);
      // The poster versions the renderer's URLs carry (`?v=`).
      const versions = new Map(withPosters.map((s) => [s.id, s.artworkVersions?.poster ?? null]));
      if (ids.length !== SERIES) throw new Error(`${ids.length} of ${SERIES} series have a poster`);
      const cold = await withEventLoopDelay(() => timed(() => requestAll(core, ids)));
      // The same wait with nothing to do: how much of the delay the busy machine causes by itself.
      const idle = await withEventLoopDelay(() => new Promise((resolve) => setTimeout(resolve, Math.min(cold.result.ms, 5000))));
      const warm = await timed(() => requestAll(core, ids));
      // The two thumbnails alone: asked without a version, every check and read each time; as
      // the grid asks, with the poster's version, answered from the core's memory after the first.
      const thumbnailsChecked = await timed(() => requestThumbnails(core, ids, new Map()));
      await requestThumbnails(core, ids, versions);
      const thumbnailsFromMemory = await timed(() => requestThumbnails(core, ids, versions));
      const sample = cold.result.result[0]!;
      const [poster, thumb, small] = await Promise.all([sharp(sample.poster).metadata(), sharp(sample.thumb).metadata(), sharp(sample.small).metadata()]);
      const posterBytes = (await fs.stat(sample.poster)).size;
      const thumbBytes = (await fs.stat(sample.thumb)).size;
      const smallBytes = (await fs.stat(sample.small)).size;
      return {
        series: SERIES,
        // Per series: both widths made (and the poster resolved) cold.
        coldMsEach: round(cold.result.ms / SERIES),
        warmMsEach: round(warm.ms / SERIES, 2),
        thumbnailPairCheckedMsEach: round(thumbnailsChecked.ms / SERIES, 3),
        thumbnailPairFromMemoryMsEach: round(thumbnailsFromMemory.ms / SERIES, 3),
        thumbnailsAnsweredFromMemory: thumbnailsFromMemory.result.inMemory,
        eventLoopDelayP99Ms: round(cold.p99Ms),
        eventLoopDelayMaxMs: round(cold.maxMs),
        idleEventLoopDelayP99Ms: round(idle.p99Ms),
        posterPixels: `${poster.width}x${poster.height}`,
        thumbnailPixels: `${thumb.width}x${thumb.height}`,
        decodedPixelsRatio: round((poster.width! * poster.height!) / (thumb.width! * thumb.height!)),
        bytesRatio: round(posterBytes / thumbBytes),
        smallThumbnailPixels: `${small.width}x${small.height}`,
        smallDecodedPixelsRatio: round((poster.width! * poster.height!) / (small.width! * small.height!)),
        smallBytesRatio: round(posterBytes / smallBytes),
        targetEventLoopP99Ms: 50,
      };
    } finally {
      await core.close();
    }
  },
};

/** Both thumbnails of each series, `AT_ONCE` series at a time, each with its poster's version if `versions` has it. */
async function requestThumbnails(core: Core, ids: readonly number[], versions: ReadonlyMap<number, string | null>): Promise<{ inMemory: number }> {
  let next = 0;
  let inMemory = 0;
  await Promise.all(Array.from({ length: AT_ONCE }, async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const version = versions.get(id) ?? null;
      const answers = await Promise.all([core.artwork(id, 'poster-thumb', version), core.artwork(id, 'poster-thumb-small', version)]);
      for (const answer of answers) {
        if (typeof answer === 'string') throw new Error(`series ${id}: ${answer}`);
        if (answer.bytes) inMemory++;
      }
    }
  }));
  return { inMemory };
}

async function requestAll(core: Core, ids: readonly number[]): Promise<{ poster: string; thumb: string; small: string }[]> {
  const answers: { poster: string; thumb: string; small: string }[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: AT_ONCE }, async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const [thumb, small, poster] = await Promise.all([core.artwork(id, 'poster-thumb'), core.artwork(id, 'poster-thumb-small'), core.artwork(id, 'poster')]);
      if (typeof thumb === 'string' || typeof small === 'string' || typeof poster === 'string') throw new Error(`series ${id}: ${String(thumb)} / ${String(small)} / ${String(poster)}`);
      if (path.dirname(thumb.path) === path.dirname(poster.path) || path.dirname(small.path) === path.dirname(poster.path)) throw new Error('a thumbnail was written beside the poster');
      answers.push({ poster: poster.path, thumb: thumb.path, small: small.path });
    }
  }));
  return answers;
}
