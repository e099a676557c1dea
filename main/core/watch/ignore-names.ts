import { isExcludeMarker, isSystemFolder } from '../media/folders';
import { isPlexIgnoreFile } from '../media/plex-ignore';

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
  // A file that says what players leave out (.nomedia, .ignore, .plexignore) changes what is in
  // the library, though its name is hidden.
  const folders = isExclusionRuleFile(name) ? segments.slice(0, -1) : segments;
  // NAS thumbnails, recycle bins, trash and dot-folders, at any level (the last segment may be a
  // file, and hidden files such as .DS_Store are noise too).
  return folders.some((segment) => isSystemFolder(segment) || segment.toLowerCase().startsWith('.trash-'));
}

/** A file whose presence or patterns leave media out of players' libraries. */
export function isExclusionRuleFile(name: string): boolean {
  return isExcludeMarker(name) || isPlexIgnoreFile(name);
}
