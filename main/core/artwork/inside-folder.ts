import path from 'node:path';

/**
 * Whether `child` is `folder` itself or inside it. Compares whole path segments, so a sibling
 * that merely shares a prefix (`/lib-evil` next to `/lib`) is outside.
 */
export function isInsideFolder(child: string, folder: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(pathApi.resolve(folder), pathApi.resolve(child));
  return relative === '' || (!relative.startsWith('..') && !pathApi.isAbsolute(relative));
}
