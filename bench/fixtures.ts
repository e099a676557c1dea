import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLibrary, type SyntheticLibrary } from './generate-library';

let scratchRoot: string | undefined;

/**
 * The run's scratch folder, made on first use rather than on import: tests that import a
 * scenario's helpers run in threads that end without an `exit` event, and would leave it behind.
 */
function scratch(): string {
  if (!scratchRoot) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-bench-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    scratchRoot = dir;
  }
  return scratchRoot;
}

const libraries = new Map<string, Promise<SyntheticLibrary>>();

/** A generated library shared by the scenarios of one run (built once, removed at exit). */
export function benchLibrary(name: string, series: number, episodesPerSeries = 34, exact = false, kodiNfos = false): Promise<SyntheticLibrary> {
  let lib = libraries.get(name);
  if (!lib) {
    lib = generateLibrary(path.join(scratch(), name), { series, episodesPerSeries, seed: series, exact, kodiNfos });
    libraries.set(name, lib);
  }
  return lib;
}

/** A fresh, empty data dir for one measurement. */
export function benchDataDir(): string {
  return fs.mkdtempSync(path.join(scratch(), 'data-'));
}

export function scratchDir(name: string): string {
  const dir = path.join(scratch(), name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const pristine = new Map<string, Set<string>>();

function filesUnder(root: string): Set<string> {
  return new Set(fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));
}

/** Remembers the library's files as generated, for `restoreLibrary`. */
export function rememberLibrary(root: string): void {
  if (!pristine.has(root)) pristine.set(root, filesUnder(root));
}

/**
 * Takes the library back to what was generated (removes the NFOs an import wrote into it), so
 * every measured import and `find` see the same tree. Scratch data of the bench only.
 */
export function restoreLibrary(root: string): number {
  const keep = pristine.get(root);
  if (!keep) throw new Error(`${root} was not remembered before it was loaded`);
  let removed = 0;
  for (const file of filesUnder(root)) {
    if (keep.has(file)) continue;
    fs.rmSync(file);
    removed++;
  }
  return removed;
}
