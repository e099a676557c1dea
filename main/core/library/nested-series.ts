import path from 'node:path';
import type { SkippedPath } from '../../../shared/types';

/** A series folder found that holds series of the library, or lies inside one: not added. */
export const NESTED_SERIES_CODE = 'NESTED_SERIES';

/**
 * Splits the series folders found into those that may be added and those that would share
 * episodes with a series already in the library: one that holds series (the sagas of a long show,
 * added one by one before) or lies inside one. A video belongs to one series; which arrangement
 * is right is the user's to say, so the library stays as it is and the add says why.
 */
export function withoutNestedSeries(found: readonly string[], known: readonly string[]): { addable: string[]; skipped: SkippedPath[] } {
  if (known.length === 0) return { addable: [...found], skipped: [] };
  const knownSet = new Set(known);
  // Each folder above a known series, with the series below it.
  const below = new Map<string, string[]>();
  for (const series of known) {
    for (let dir = path.dirname(series); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const list = below.get(dir);
      if (list) list.push(series);
      else below.set(dir, [series]);
    }
  }
  const addable: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const folder of found) {
    const held = below.get(folder);
    const inside = held ? undefined : enclosing(folder, knownSet);
    if (held) skipped.push({ path: folder, code: NESTED_SERIES_CODE, reason: holdsReason(folder, held) });
    else if (inside) skipped.push({ path: folder, code: NESTED_SERIES_CODE, reason: `is inside ${inside}, which is already in the library` });
    else addable.push(folder);
  }
  return { addable, skipped };
}

function enclosing(folder: string, known: ReadonlySet<string>): string | undefined {
  for (let dir = path.dirname(folder); dir !== path.dirname(dir); dir = path.dirname(dir)) if (known.has(dir)) return dir;
  return undefined;
}

function holdsReason(folder: string, held: readonly string[]): string {
  const names = held.slice(0, 3).map((p) => path.basename(p)).join(', ') + (held.length > 3 ? ', …' : '');
  return `holds ${held.length} series already in the library (${names}); remove ${held.length === 1 ? 'it' : 'them'} from the library to have ${path.basename(folder)} added as one series`;
}
