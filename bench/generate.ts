import path from 'node:path';
import { generateLibrary } from './generate-library';

// `node bin/run-ts.js bench/generate.ts <folder> <series> [episodes-per-series]`: a library to try things on.
const [folder, series, episodes] = process.argv.slice(2);
if (!folder || !series) {
  process.stderr.write('usage: bench/generate.ts <folder> <series> [episodes-per-series]\n');
  process.exit(2);
}
const lib = await generateLibrary(path.resolve(folder), { series: Number(series), episodesPerSeries: Number(episodes ?? 34) });
process.stdout.write(`${lib.seriesFolders.length} series, ${lib.videoFiles} video files in ${lib.root}\n`);
