import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLibrary, type SyntheticLibrary } from './generate-library';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-bench-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

const libraries = new Map<string, Promise<SyntheticLibrary>>();

/** A generated library shared by the scenarios of one run (built once, removed at exit). */
export function benchLibrary(name: string, series: number, episodesPerSeries = 34, exact = false): Promise<SyntheticLibrary> {
  let lib = libraries.get(name);
  if (!lib) {
    lib = generateLibrary(path.join(scratch, name), { series, episodesPerSeries, seed: series, exact });
    libraries.set(name, lib);
  }
  return lib;
}

/** A fresh, empty data dir for one measurement. */
export function benchDataDir(): string {
  return fs.mkdtempSync(path.join(scratch, 'data-'));
}

export function scratchDir(name: string): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
