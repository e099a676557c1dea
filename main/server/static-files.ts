import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isInsideFolder } from '../core/artwork/inside-folder';
import { resolveUiFile, uiContentType } from '../core/ui/ui-files';
import { openRegularFile } from '../core/fs/regular-file';

export const BUILD_HINT = 'The UI is not built yet: run `npm run build:renderer`, then reload this page.';

/**
 * Maps a URL path to a file inside the built renderer, or null. Decodes once, refuses NUL,
 * backslashes, `..` segments and anything that would land outside `staticDir`; `/` is index.html.
 */
export function resolveStaticPath(staticDir: string, urlPath: string): string | null {
  return resolveUiFile(staticDir, urlPath);
}

export function contentTypeFor(file: string): string | null {
  return uiContentType(file);
}

/** Serves one file of the built renderer; 404 for anything else (no listings, no fallbacks). */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const file = resolveStaticPath(staticDir, urlPath);
  const type = file ? contentTypeFor(file) : null;
  if (!file || !type) return sendText(res, 404, 'Not found.');
  // Symlinks inside the build folder must not lead out of it.
  const [real, realDir] = await Promise.all([fs.promises.realpath(file).catch(() => null), fs.promises.realpath(staticDir).catch(() => null)]);
  const stat = real ? await fs.promises.stat(real).catch(() => null) : null;
  if (!real || !realDir || !stat?.isFile() || !isInsideFolder(real, realDir)) {
    if (path.basename(file) === 'index.html' && !fs.existsSync(path.join(staticDir, 'index.html'))) return sendText(res, 503, BUILD_HINT);
    return sendText(res, 404, 'Not found.');
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': cacheControlFor(urlPath) });
  if (req.method === 'HEAD') return void res.end();
  await pipeFile(real, res);
}

/**
 * The build names every file under assets/ by a hash of its content, so a name never stands for
 * other bytes: the browser may keep those for good, and a reload then takes the script (and its
 * compiled code) from its cache. index.html, which names them, is asked for again each time.
 */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache';
}

export async function pipeFile(file: string, res: ServerResponse): Promise<void> {
  // A pipe swapped in for a poster since it was checked would hold the open for ever.
  const handle = await openRegularFile(file).catch(() => null);
  if (!handle) return void res.destroy();
  // pipeline destroys both ends when either fails or closes, the stream closing the handle with
  // it: a page reloaded mid-answer, even before the open returned, leaves no file open.
  await pipeline(handle.createReadStream(), res).catch(() => res.destroy());
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = `${text}\n`;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}
