import fs from 'node:fs/promises';
import path from 'node:path';
import { isInsideFolder } from '../core/artwork/inside-folder';
import { APP_HOST, APP_SCHEME } from './app-scheme';
import { appResponseHeaders } from './csp';

const CONTENT_TYPES: Record<string, string> = {
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

/**
 * Maps an `anishelf://app/...` URL to a file of the built UI, or null. Only files inside
 * `rendererRoot`; no `..`, encoded slashes, backslashes or NUL; a path without an extension is a
 * client-side route and gets index.html.
 */
export function appAssetPath(rawUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username || url.password || url.port) return null;
  if (/%2f|%5c|%00/i.test(url.pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 || !path.posix.extname(segments[segments.length - 1] ?? '') ? ['index.html'] : segments;
  const file = path.join(rendererRoot, ...relative);
  return isInsideFolder(file, rendererRoot) && file !== path.resolve(rendererRoot) ? file : null;
}

/** The response of the app scheme for one request: the file with the app's CSP, or 404. */
export async function respondToAppRequest(rawUrl: string, rendererRoot: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return notFound(405);
  const file = appAssetPath(rawUrl, rendererRoot);
  const contentType = file ? CONTENT_TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !contentType) return notFound();
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return notFound();
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appResponseHeaders(contentType) });
}

function notFound(status = 404): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}
