import path from 'node:path';
import { orElse } from '../util/or-else';
import type { Dirent } from 'node:fs';
import { EXCLUDE_MARKER_FILES, isExcludeMarker } from './folders';
import type { FsOps } from './fs-ops';
import { compileWildcard, fold, wildcardSubject, type Wildcard, type WildcardSubject } from './wildcard';

/** Plex's file of patterns for what its scanner leaves out of a library. */
export const PLEX_IGNORE_FILE = '.plexignore';

/** Whether a file name is `.plexignore`, in any case; most names are ruled out by their first character. */
export function isPlexIgnoreFile(name: string): boolean {
  return name.charCodeAt(0) === 0x2e && name.length === PLEX_IGNORE_FILE.length && name.toLowerCase() === PLEX_IGNORE_FILE;
}

/** Larger than any hand-written rule list; a file beyond it is read up to here. */
export const PLEX_IGNORE_MAX_BYTES = 64 * 1024;
/** Every video is matched against every pattern: a file of thousands of long ones would slow each scan, so the rest are not read. */
const MAX_PATTERNS = 256;
const MAX_PATTERN_LENGTH = 512;

/** The patterns of one `.plexignore`, for the folder that holds it and every folder below. */
export interface PlexIgnoreRules {
  /** The folder holding the file. */
  folder: string;
  /** Patterns without `/`: matched against the name of every file below `folder`. */
  names: readonly Wildcard[];
  /** Patterns with `/`: matched against the path below `folder` (`Extras/*`, `Season 1/Show - 05.mkv`). */
  paths: readonly Wildcard[];
  /** For each `X/*` pattern, X: a folder it matches is left out whole. */
  folders: readonly Wildcard[];
}

/** Reads the text of a `.plexignore`: one pattern a line, `#` starts a comment, blank lines are nothing. */
export function parsePlexIgnore(text: string, folder: string): PlexIgnoreRules {
  const names: Wildcard[] = [];
  const paths: Wildcard[] = [];
  const folders: Wildcard[] = [];
  let count = 0;
  for (const raw of text.split(/\r?\n/)) {
    // Windows editors and copies from a web page leave a BOM or a backslash path behind.
    const line = raw.replace(/^\uFEFF/, '').trim().replaceAll('\\', '/').replace(/^\.?\/+/, '');
    if (line === '' || line.startsWith('#') || line.length > MAX_PATTERN_LENGTH) continue;
    if (++count > MAX_PATTERNS) break;
    // Plex's patterns are shell patterns (`*`, `?`, `[abc]`), in any case; nothing else is syntax
    // (a name may hold braces, parentheses or a leading "!").
    if (!line.includes('/')) {
      names.push(compileWildcard(line));
      continue;
    }
    paths.push(compileWildcard(line));
    if (line.endsWith('/*')) folders.push(compileWildcard(line.slice(0, -2)));
  }
  return { folder, names, paths, folders };
}

/** The path of `abs` below the rules' folder, with `/` separators; null when it is not below it. */
function below(rules: PlexIgnoreRules, abs: string): string | null {
  // String work, not path.relative: this runs for every video of a library with rules.
  const prefix = rules.folder.endsWith(path.sep) ? rules.folder : rules.folder + path.sep;
  if (abs.length <= prefix.length || !abs.startsWith(prefix)) return null;
  const rel = abs.slice(prefix.length);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/** Whether `rel` matches one of `patterns`; a pattern of another depth is passed over without folding the path. */
function matchesPath(patterns: readonly Wildcard[], rel: string): boolean {
  let segments = 1;
  for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1)) segments++;
  if (!patterns.some((p) => p.segments === segments)) return false;
  const subject = wildcardSubject(rel);
  return patterns.some((p) => p.matches(subject));
}

/** Whether a file is left out by any of `rules` (each from a folder at or above it). */
export function isIgnoredFile(rules: readonly PlexIgnoreRules[], abs: string): boolean {
  let name: WildcardSubject | undefined;
  for (const r of rules) {
    if (r.names.length > 0) {
      name ??= [fold(path.basename(abs))];
      if (r.names.some((p) => p.matches(name!))) return true;
    }
    const rel = r.paths.length > 0 ? below(r, abs) : null;
    if (rel !== null && matchesPath(r.paths, rel)) return true;
  }
  return false;
}

/** Whether a folder is left out whole by any of `rules` (a pattern `Folder/*` names it). */
export function isIgnoredFolder(rules: readonly PlexIgnoreRules[], abs: string): boolean {
  for (const r of rules) {
    const rel = r.folders.length > 0 ? below(r, abs) : null;
    if (rel !== null && matchesPath(r.folders, rel)) return true;
  }
  return false;
}

/**
 * What a folder's files say of it, in one pass over its entries: whether a `.nomedia` or
 * `.ignore` leaves it out of media libraries, and whether it has a `.plexignore` to read.
 */
export function ruleFilesIn(entries: readonly Dirent[]): { excluded: boolean; plexIgnore: boolean } {
  let plexIgnore = false;
  for (const e of entries) {
    // Most names are ruled out by their first character: this runs for every folder of a library.
    if (e.name.charCodeAt(0) !== 0x2e || e.isDirectory()) continue;
    if (isExcludeMarker(e.name)) return { excluded: true, plexIgnore };
    plexIgnore ||= isPlexIgnoreFile(e.name);
  }
  return { excluded: false, plexIgnore };
}

/** The rules of `folder`'s `.plexignore`; null when it has none, or one that cannot be read (Plex then applies none). */
export async function readPlexIgnore(fs: FsOps, folder: string): Promise<PlexIgnoreRules | null> {
  const file = path.join(folder, PLEX_IGNORE_FILE);
  try {
    // Most folders have none: a probe that costs no error comes first.
    const stat = await fs.statIfAny(file);
    if (!stat) return null;
    // A library folder's rules are read for each of its series: parsed once while the file stays the same.
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    const known = parsed.get(file);
    if (known?.stamp === stamp) return known.rules;
    const rules = parsePlexIgnore(Buffer.from(await fs.readStart(file, PLEX_IGNORE_MAX_BYTES)).toString('utf8'), folder);
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(file, { stamp, rules });
    return rules;
  } catch {
    return null;
  }
}

/** Parsed rules by file, with the stat they were read at (per thread: each scan thread keeps its own). */
const parsed = new Map<string, { stamp: string; rules: PlexIgnoreRules }>();
const PARSED_KEPT = 1000;

/** What the folders between a library folder and one of its series say of the series. */
export interface ExclusionsAbove {
  /** One of them holds a `.nomedia` or `.ignore` file: everything below it is left out. */
  excluded: boolean;
  /** Their `.plexignore` rules, the library folder's first. */
  rules: PlexIgnoreRules[];
}

/**
 * What reaches `folder` from the library folder above it: the library folder and every grouping
 * folder between them (`folder`'s own files are read by the walk). A library folder's
 * `.plexignore` is where Plex users keep theirs.
 */
export async function exclusionsAbove(fs: FsOps, libraryFolder: string, folder: string): Promise<ExclusionsAbove> {
  const found: ExclusionsAbove = { excluded: false, rules: [] };
  const rel = path.relative(libraryFolder, folder);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return found;
  // Each folder from the library folder down to the series' parent.
  let current = libraryFolder;
  for (const segment of ['', ...rel.split(path.sep).slice(0, -1)]) {
    current = segment === '' ? current : path.join(current, segment);
    for (const marker of EXCLUDE_MARKER_FILES) {
      // Everything below is left out: the rules do not matter.
      if ((await orElse(() => fs.statIfAny(path.join(current, marker)), undefined))?.isFile()) return { excluded: true, rules: [] };
    }
    const rules = await readPlexIgnore(fs, current);
    if (rules) found.rules.push(rules);
  }
  return found;
}
