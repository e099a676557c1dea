import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

// The runtime rule of ARCHITECTURE.md as code: which folder may import what.

export interface SourceFile {
  /** Repo-relative, with forward slashes. */
  path: string;
  text: string;
}

const SKIP_DIRS = new Set(['node_modules', 'out', 'release', 'dist', '.git', 'test-results', 'playwright-report', '.electron-sqlite', '.bench-data']);
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** Every .ts / .tsx / .mts / .cts file of the repository, except build output and dependencies. */
export function repoSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (/\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const full = path.join(dir, entry.name);
        files.push({ path: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return files;
}

/** The module specifiers a file imports: import/export … from, side-effect imports, import(), require(). */
export function importsOf(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*['"]([^'"\n]+)['"]/g,
    /\bimport\s*['"]([^'"\n]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

function isElectron(spec: string): boolean {
  return spec === 'electron' || spec.startsWith('electron/');
}

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!);
}

/** Where a relative import lands, repo-relative; null for a package. */
function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
}

const under = (p: string | null, folder: string) => p !== null && (p === folder || p.startsWith(`${folder}/`));

// What the renderer's page code may import besides itself and shared/.
const RENDERER_PACKAGES = new Set(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@tanstack/react-virtual']);
// Kysely's query builder entry points: only main/core/db/ (and the frozen migrations) write queries.
const QUERY_BUILDER = /\.\s*(selectFrom|updateTable|insertInto|deleteFrom|replaceInto|with|transaction)\s*\(/;
const DB_FOLDERS = ['main/core/db', 'migrations'];

/** One line per broken rule: `file: imports x (why)`. */
export function findBoundaryViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const p = file.path;
    const isTooling = /(^|\/)[^/]+\.config\.(c|m)?ts$/.test(p);
    const isTest = /\.(test|spec)\.tsx?$/.test(p);
    for (const spec of importsOf(file.text)) {
      const to = target(p, spec);
      const say = (why: string) => problems.push(`${p}: imports ${spec} (${why})`);
      if (isElectron(spec) && !under(p, 'main/electron')) say("only main/electron/ may import 'electron'");
      if (under(p, 'shared')) {
        if (isNodeBuiltin(spec)) say('shared/ must not import Node');
        if (to !== null && !under(to, 'shared')) say('shared/ imports nothing from the other folders');
      }
      // Renderer tests run in Node and may drive the real core (there is no fake backend);
      // what ships to the page may not.
      if (under(p, 'renderer') && !isTooling && !isTest) {
        if (isNodeBuiltin(spec)) say('renderer/ runs in the page, without Node');
        if (under(to, 'main')) say('renderer/ reaches main only through the bridge');
        else if (to !== null && !under(to, 'renderer') && !under(to, 'shared')) say('renderer/ imports only itself and shared/');
        if (to === null && !isNodeBuiltin(spec) && !RENDERER_PACKAGES.has(spec)) say('renderer/ page code uses only its UI packages');
      }
      if ((spec === 'kysely' || spec.startsWith('kysely/')) && !DB_FOLDERS.some((f) => under(p, f))) say('only main/core/db/ speaks kysely; use a repository');
      if (under(p, 'main/core')) {
        for (const forbidden of ['main/electron', 'main/server', 'main/cli', 'renderer']) {
          if (under(to, forbidden)) say(`main/core/ is plain Node and must not import ${forbidden}/`);
        }
      }
      if (under(p, 'main/server') && (under(to, 'main/electron') || under(to, 'renderer'))) say('main/server/ is a transport over main/core only');
      if (under(p, 'main/electron') && (under(to, 'main/server') || under(to, 'main/cli') || under(to, 'renderer'))) say('main/electron/ is a transport over main/core only');
    }
    // Tests may look at the database directly; product code goes through the repositories.
    if (!isTest && !DB_FOLDERS.some((f) => under(p, f)) && QUERY_BUILDER.test(file.text) && /\b(db|trx|database)\b/.test(file.text)) {
      problems.push(`${p}: builds a query (queries live in main/core/db/repos/)`);
    }
    // Dangerous calls go through one function each (CONVENTIONS 8).
    if (/\bshell\s*\.\s*openExternal\s*\(/.test(file.text) && p !== 'main/electron/security/open-external.ts') problems.push(`${p}: calls shell.openExternal (only main/electron/security/open-external.ts may)`);
    if (/\bshell\s*\.\s*openPath\s*\(/.test(file.text) && p !== 'main/electron/folders/open-folder.ts') problems.push(`${p}: calls shell.openPath (only main/electron/folders/open-folder.ts may)`);
  }
  return problems;
}

/** Where a relative import of `file` lands among `known` (x.ts, x.tsx, x/index.ts). */
function resolveIn(file: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = target(file, spec);
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (known.has(candidate)) return candidate;
  return null;
}

/** The import graph of the non-test files under `folder`: file → the files it imports. */
export function importGraph(files: readonly SourceFile[], folder: string): Map<string, string[]> {
  const inside = files.filter((f) => under(f.path, folder) && !/\.(test|spec)\.tsx?$/.test(f.path) && !f.path.includes('/testing/'));
  const known = new Set(inside.map((f) => f.path));
  return new Map(inside.map((f) => [f.path, importsOf(f.text).map((spec) => resolveIn(f.path, spec, known)).filter((t): t is string => t !== null)]));
}

/** Every import circle in the graph, each as the files around it (first file repeated at the end). */
export function findImportCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** Pairs of folders (directly under `folder`) that import each other in both directions. */
export function findMutualFolders(graph: ReadonlyMap<string, readonly string[]>, folder: string): string[] {
  const folderOf = (p: string) => p.slice(folder.length + 1).split('/')[0]!;
  const edges = new Set<string>();
  for (const [from, tos] of graph) for (const to of tos) if (folderOf(from) !== folderOf(to)) edges.add(`${folderOf(from)} -> ${folderOf(to)}`);
  const mutual: string[] = [];
  for (const edge of edges) {
    const [a, b] = edge.split(' -> ') as [string, string];
    if (a < b && edges.has(`${b} -> ${a}`)) mutual.push(`${a} <-> ${b}`);
  }
  return mutual.sort();
}
