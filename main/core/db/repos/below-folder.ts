import path from 'node:path';

/**
 * The range of paths below `folder`, for a range scan on a path index: every path that starts
 * with "folder/" sorts at or after "folder/" and before "folder0" ('0' follows '/').
 */
export function pathsBelow(folder: string): { from: string; before: string } {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return { from: prefix, before: prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1) };
}
