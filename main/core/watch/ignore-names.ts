import { isSystemFolder } from '../media/folders';

// Partial downloads and copies, Office lock files: never a finished episode.
const TEMP_SUFFIXES = ['.part', '.!qb', '.crdownload', '.tmp', '.partial', '.!ut'];

/** A file name that stands for something still being written (or an editor's lock file). */
export function isTemporaryName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('~$') || TEMP_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** Whether a change under `relative` (path segments below the root) is noise for the library. */
export function isIgnoredRelative(segments: readonly string[]): boolean {
  if (segments.length === 0) return false;
  const name = segments[segments.length - 1]!;
  if (isTemporaryName(name)) return true;
  // NAS thumbnails, recycle bins, trash and dot-folders, at any level (the last segment may be a
  // file, and hidden files such as .DS_Store are noise too).
  return segments.some((segment) => isSystemFolder(segment) || segment.toLowerCase().startsWith('.trash-'));
}
