import path from 'node:path';
import { isInsideFolder } from '../artwork/inside-folder';

// The built UI (out/renderer) as both transports serve it: the Electron app scheme and web mode.

export const UI_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function uiContentType(file: string): string | null {
  return UI_CONTENT_TYPES[path.extname(file).toLowerCase()] ?? null;
}

/**
 * Maps a URL path (still percent-encoded) to a file of the built UI, or null. Decodes once and
 * refuses encoded slashes, NUL, backslashes, `.`/`..` segments, drive letters and anything that
 * would land outside `root`. `/` is index.html; with `routes`, so is any extension-less path
 * (a client-side route).
 */
export function resolveUiFile(root: string, urlPath: string, options: { routes?: boolean } = {}): string | null {
  if (/%2f|%5c|%00/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null;
  const isRoute = options.routes === true && !path.posix.extname(segments.at(-1) ?? '');
  const relative = segments.length === 0 || isRoute ? ['index.html'] : segments;
  const file = path.join(root, ...relative);
  return isInsideFolder(file, root) && file !== path.resolve(root) ? file : null;
}
