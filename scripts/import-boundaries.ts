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
        if (under(to, 'main')) say('renderer/ reaches main only through the bridge');
        if (isNodeBuiltin(spec)) say('renderer/ runs in the page, without Node');
      }
      if (under(p, 'main/core')) {
        for (const forbidden of ['main/electron', 'main/server', 'main/cli', 'renderer']) {
          if (under(to, forbidden)) say(`main/core/ is plain Node and must not import ${forbidden}/`);
        }
      }
      if (under(p, 'main/server') && (under(to, 'main/electron') || under(to, 'renderer'))) say('main/server/ is a transport over main/core only');
      if (under(p, 'main/electron') && (under(to, 'main/server') || under(to, 'main/cli') || under(to, 'renderer'))) say('main/electron/ is a transport over main/core only');
    }
    // Dangerous calls go through one function each (CONVENTIONS 8).
    if (/\bshell\s*\.\s*openExternal\s*\(/.test(file.text) && p !== 'main/electron/open-external.ts') problems.push(`${p}: calls shell.openExternal (only main/electron/open-external.ts may)`);
    if (/\bshell\s*\.\s*openPath\s*\(/.test(file.text) && p !== 'main/electron/open-folder.ts') problems.push(`${p}: calls shell.openPath (only main/electron/open-folder.ts may)`);
  }
  return problems;
}
