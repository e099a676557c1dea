import path from 'node:path';

/** Whether `candidate` is `folder` itself or below it (both real, absolute paths). */
export function isInsideFolder(candidate: string, folder: string): boolean {
  if (candidate === folder) return true;
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return candidate.startsWith(prefix);
}

/** Whether `candidate` is any of `folders` or below one. */
export function isInsideAny(candidate: string, folders: readonly string[]): boolean {
  return folders.some((folder) => isInsideFolder(candidate, folder));
}

/** The code of a link (or path) skipped because its real path leaves the folder the user added. */
export const OUTSIDE_CODE = 'SYMLINK_OUTSIDE';
