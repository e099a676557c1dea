import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { EVENT_NAMES, METHOD_NAMES } from '../../shared/contract';

export interface BundleOptions {
  /** The repository root. */
  root: string;
  /** Where bundles go (`out`): main.ts → out/main/electron/main.cjs, and so on. */
  outDir: string;
  /** The main-process entries (repo-relative .ts); each becomes `<outDir>/<same path>.cjs`. */
  mainEntries?: string[];
  /** Sandboxed preloads: bundled with everything but 'electron', browser platform. */
  preloadEntries?: string[];
  /** Log esbuild warnings here. */
  log?: (line: string) => void;
}

export interface BundleResult {
  /** Every file written, repo-relative. */
  outputs: string[];
  /** Worker-thread entries found in the code (repo-relative sources). */
  workers: string[];
}

/** Native or Electron-provided: loaded at run time, never bundled. */
// Native modules stay outside the bundle: they load their .node files by computed paths.
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'sharp', '*.node'];
const TARGET = 'node22';
const MODULE_URL = '__anishelfModuleUrl';
// CommonJS has no import.meta; each bundle gets its own file URL instead.
const BANNER = `const ${MODULE_URL} = require("node:url").pathToFileURL(__filename).href;`;
const WORKER_URL = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+?\.[cm]?ts)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Bundles the Electron main process, its preload and the worker threads the core starts.
 *
 * The core starts workers as `createWorkerPool({ entry: new URL('./scan-worker.ts', import.meta.url) })`
 * and runs TypeScript entries through tsx. In the bundled app there is no TypeScript and no tsx, so,
 * the way webpack and Vite treat `new URL('./x', import.meta.url)`, every such URL becomes an entry
 * of its own, bundled to `<outDir>/<its path>.cjs`, and the URL in the code is rewritten to point
 * at that file (relative to the bundle, so it works inside app.asar). The pool runs a `.cjs` entry
 * directly. No core file changes.
 */
export async function bundleDesktop(options: BundleOptions): Promise<BundleResult> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(options.outDir);
  const log = options.log ?? (() => {});
  const outputs: string[] = [];
  const workers = new Set<string>();
  const built = new Set<string>();

  const outFileFor = (sourceRel: string) => path.join(outDir, sourceRel.replace(/\.[cm]?ts$/, '.cjs'));

  async function build(entryRel: string, kind: 'main' | 'preload' | 'worker'): Promise<void> {
    const outfile = outFileFor(entryRel);
    const found: string[] = [];
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [path.join(root, entryRel)],
      outfile,
      bundle: true,
      format: 'cjs',
      platform: kind === 'preload' ? 'browser' : 'node',
      target: kind === 'preload' ? 'chrome140' : TARGET,
      external: kind === 'preload' ? ['electron'] : MAIN_EXTERNALS,
      // Dynamic import() of an external (sharp, loaded on first use) becomes a lazy require(),
      // as every other module of a CommonJS bundle is loaded: no ESM loader inside app.asar.
      ...(kind === 'preload' ? {} : { banner: { js: BANNER }, define: { 'import.meta.url': MODULE_URL }, supported: { 'dynamic-import': false } }),
      plugins: kind === 'preload' ? [contractNamesPlugin(root)] : [workerUrlPlugin({ root, outDir, bundleDir: path.dirname(outfile), found })],
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'silent',
      metafile: false,
    });
    for (const warning of result.warnings) log(`esbuild: ${warning.text}${warning.location ? ` (${warning.location.file}:${warning.location.line})` : ''}`);
    outputs.push(path.relative(root, outfile), `${path.relative(root, outfile)}.map`);
    for (const worker of found) workers.add(worker);
  }

  for (const entry of options.mainEntries ?? ['main/electron/main.ts']) await build(entry, 'main');
  for (const entry of options.preloadEntries ?? ['main/electron/preload.ts']) await build(entry, 'preload');
  // Workers may start workers of their own: build until no new entry turns up.
  for (;;) {
    const next = [...workers].filter((w) => !built.has(w));
    if (next.length === 0) break;
    for (const worker of next) {
      built.add(worker);
      await build(worker, 'worker');
    }
  }
  return { outputs, workers: [...workers].sort() };
}

interface WorkerUrlOptions {
  root: string;
  outDir: string;
  /** The folder of the bundle being built: rewritten URLs are relative to it. */
  bundleDir: string;
  /** Collects the repo-relative worker sources found. */
  found: string[];
}

/** Rewrites `new URL('./x.ts', import.meta.url)` in our own sources to the bundled `x.cjs`. */
export function workerUrlPlugin(options: WorkerUrlOptions): esbuild.Plugin {
  return {
    name: 'anishelf-worker-urls',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await fs.promises.readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const contents = source.replace(WORKER_URL, (match: string, _quote: string, rel: string, offset: number) => {
          // A comment that quotes the pattern is left as it is.
          const linePrefix = source.slice(source.lastIndexOf('\n', offset) + 1, offset);
          if (linePrefix.includes('//') || /^\s*(\*|\/\*)/.test(linePrefix)) return match;
          const absolute = path.resolve(path.dirname(args.path), rel);
          const sourceRel = path.relative(options.root, absolute).split(path.sep).join('/');
          if (sourceRel.startsWith('..')) throw new Error(`worker entry ${rel} in ${args.path} is outside the repository`);
          if (!fs.existsSync(absolute)) throw new Error(`worker entry ${rel} in ${args.path} does not exist`);
          options.found.push(sourceRel);
          const outFile = path.join(options.outDir, sourceRel.replace(/\.[cm]?ts$/, '.cjs'));
          let relative = path.relative(options.bundleDir, outFile).split(path.sep).join('/');
          if (!relative.startsWith('.')) relative = `./${relative}`;
          return `new URL(${JSON.stringify(relative)}, ${MODULE_URL})`;
        });
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * The preload needs only the contract's method and event names, not zod and every schema: in the
 * preload bundle `shared/contract.ts` is replaced by those two lists, read from the contract at
 * build time (so they can never drift). It keeps the preload a few kilobytes.
 */
export function contractNamesPlugin(root: string): esbuild.Plugin {
  const contract = path.join(root, 'shared', 'contract.ts');
  return {
    name: 'anishelf-contract-names',
    setup(build) {
      build.onLoad({ filter: /[\\/]shared[\\/]contract\.ts$/ }, (args) => {
        if (path.resolve(args.path) !== contract) return undefined;
        return {
          contents: `export const METHOD_NAMES = ${JSON.stringify(METHOD_NAMES)};\nexport const EVENT_NAMES = ${JSON.stringify(EVENT_NAMES)};\n`,
          loader: 'js',
        };
      });
    },
  };
}
