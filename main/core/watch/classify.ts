import path from 'node:path';
import { isIgnoredRelative } from './ignore-names';

/** Where a change on disk lands in the library. */
export type ChangeTarget =
  | { kind: 'ignore'; reason: 'outside' | 'temporary-or-system' }
  /** Inside a known series folder (or the folder itself): rescan that series. */
  | { kind: 'series'; seriesPath: string; level: 'series' | 'season' | 'deeper' }
  /** At the root or a grouping layer above series: look for new series folders. */
  | { kind: 'library'; folder: string };

/**
 * Classifies the path of a change against one root and the series folders known under it.
 * Pure: no file-system call, so a burst of thousands of events costs only string work.
 */
export function classifyChange(changed: string, root: string, seriesPaths: { has(path: string): boolean }): ChangeTarget {
  const relative = path.relative(root, changed);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'ignore', reason: 'outside' };
  const segments = relative === '' ? [] : relative.split(path.sep);
  if (isIgnoredRelative(segments)) return { kind: 'ignore', reason: 'temporary-or-system' };
  // The nearest known series folder at or above the change.
  for (let depth = segments.length; depth >= 1; depth--) {
    const candidate = path.join(root, ...segments.slice(0, depth));
    if (seriesPaths.has(candidate)) {
      const below = segments.length - depth;
      return { kind: 'series', seriesPath: candidate, level: below <= 1 ? 'series' : below === 2 ? 'season' : 'deeper' };
    }
  }
  if (seriesPaths.has(root)) return { kind: 'series', seriesPath: root, level: segments.length <= 1 ? 'series' : segments.length === 2 ? 'season' : 'deeper' };
  const folder = segments.length <= 1 ? root : path.join(root, ...segments.slice(0, -1));
  return { kind: 'library', folder };
}
