import { folderName } from './folder-name';
import type { AddResult, MovedRoot } from './types';

const MAX_LINES = 25;

export interface AddReport {
  tone: 'ok' | 'info' | 'error';
  title: string;
  lines: string[];
}

/**
 * What to tell the user after an add, in the page and in the desktop app's dialog alike:
 * "Added 30 series" and each skipped path with its reason (capped, with a count of the rest).
 */
export function describeAddResult(result: AddResult): AddReport {
  const added = result.added.length;
  const moved = result.moved ?? [];
  const movedRoots = result.movedRoots ?? [];
  const problems = [...result.skipped, ...(result.warnings ?? [])];
  // A reason that already names the path ("/x does not exist.") is not prefixed with it again.
  const all = [
    ...movedRoots.map(movedRootLine),
    ...moved.map((m) => `${m.from} → ${m.series.path} (renamed or moved: kept, with its match and settings)`),
    ...problems.map((s) => (s.reason.includes(s.path) ? s.reason : `${s.path} — ${s.reason}`)),
  ];
  const lines = all.slice(0, MAX_LINES);
  if (all.length > MAX_LINES) lines.push(`…and ${(all.length - MAX_LINES).toLocaleString('en-US')} more`);
  // Paths kept as they were (a library folder now part of the one added) are listed, not counted.
  const refused = result.skipped.filter((s) => !s.kept).length;
  const skipped = refused ? `, skipped ${refused.toLocaleString('en-US')}` : '';
  const found = [
    ...(movedRoots.length === 1 ? ['library folder found at its new place'] : movedRoots.length > 1 ? [`${movedRoots.length} library folders found at their new places`] : []),
    ...(moved.length ? [`${moved.length.toLocaleString('en-US')} series found moved`] : []),
  ].join(', ');
  const tone = problems.length ? 'info' : 'ok';
  if (added > 0) return { tone, title: `Added ${added.toLocaleString('en-US')} series${found ? `, ${found}` : ''}${skipped}`, lines };
  if (found) return { tone, title: `${found[0]!.toUpperCase()}${found.slice(1)}${skipped}`, lines };
  // Nothing new (already in the library) is news, not an error; an unusable path is.
  if (result.skipped.length) return { tone: result.skipped.some((s) => s.code) ? 'error' : 'info', title: `Added nothing${skipped}`, lines };
  return { tone: 'info', title: 'No series found in that folder', lines: lines.length ? lines : ['A series folder holds video files; a library folder holds series folders.'] };
}

/** "/mnt/old → /media/new: the library folder moved; its 532 series keep …" */
export function movedRootLine(r: MovedRoot): string {
  const missing = r.series - r.found;
  const rest = missing > 0 ? `; ${missing.toLocaleString('en-US')} not found there (missing until they are back or you remove them)` : '';
  return `${r.from} → ${r.to}: the library folder moved; its ${r.series.toLocaleString('en-US')} series keep their matches, locks and settings and are read again${rest}`;
}

/** True when nothing could be added because every path itself was unusable (missing, a file…). */
export function onlyBadInput(result: AddResult): boolean {
  return result.added.length === 0 && !result.moved?.length && !result.movedRoots?.length && result.skipped.length > 0 && result.skipped.every((s) => s.code);
}

/**
 * The folder the add suggests instead of one it refused (the series above a season folder
 * given on its own), with the name its button shows; null when it suggests none.
 */
export function suggestedFolder(result: AddResult): { path: string; name: string } | null {
  const instead = result.skipped.find((s) => s.instead)?.instead;
  return instead ? { path: instead, name: folderName(instead) } : null;
}
