import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveUiFile, uiContentType } from '../../core/ui/ui-files';
import { APP_HOST, APP_SCHEME } from './app-scheme';
import { appResponseHeaders } from '../security/csp';

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
  return resolveUiFile(rendererRoot, url.pathname || '/', { routes: true });
}

/** The response of the app scheme for one request: the file with the app's CSP, or 404. */
export async function respondToAppRequest(rawUrl: string, rendererRoot: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return notFound(405);
  const file = appAssetPath(rawUrl, rendererRoot);
  const contentType = file ? uiContentType(file) : null;
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
