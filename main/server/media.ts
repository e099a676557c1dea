import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/app';
import type { ArtworkFile } from '../core/artwork/serve-artwork';
import { parsePosterSheetQuery } from '../core/artwork/thumbnails/poster-sheet-query';
import { pipeFile, sendText } from './static-files';

export interface MediaRequest {
  seriesId: number;
  kind: string;
}

// Matched on the raw (still %-encoded) path: `..%2F` and friends simply do not match.
const MEDIA_PATH = /^\/media\/series\/([1-9]\d{0,14})\/(poster|logo|fanart|poster-thumb|poster-thumb-small)$/;

/** `/media/series/<id>/<poster|logo|fanart|poster-thumb|poster-thumb-small>` → its parts; anything else → null. */
export function parseMediaPath(rawPath: string): MediaRequest | null {
  const match = MEDIA_PATH.exec(rawPath);
  return match ? { seriesId: Number(match[1]), kind: match[2]! } : null;
}

export function isMediaPath(rawPath: string): boolean {
  return rawPath === '/media' || rawPath.startsWith('/media/');
}

/** The path of a candidate's poster; its provider URL goes in `?url=`. */
export const REMOTE_POSTER_PATH = '/media/remote/poster';

/** A grid row's posters as one image; what it holds goes in the query (see parsePosterSheetQuery). */
export const POSTER_SHEET_PATH = '/media/poster-sheet';

/**
 * Serves artwork only through `resolveArtwork`, and candidate posters only through the core's
 * provider-host check; every refusal is a plain 404.
 */
export async function serveMedia(core: Pick<Core, 'artwork' | 'remotePoster' | 'posterSheet'>, req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
  if (rawPath === POSTER_SHEET_PATH) {
    const request = parsePosterSheetQuery(new URL(req.url ?? '/', 'http://localhost').searchParams);
    const sheet = request ? await core.posterSheet(request.kind, request.posters) : 'no-artwork';
    if (typeof sheet === 'string') return sendText(res, 404, 'No such poster sheet.');
    // Named with every poster's version, the URL always means the same bytes (as for `?v=` below).
    return sendFile(req, res, sheet, request!.posters.every((p) => p.version !== null) ? VERSIONED_CACHE : 'no-cache');
  }
  if (rawPath === REMOTE_POSTER_PATH) {
    const url = new URL(req.url ?? '/', 'http://localhost').searchParams.get('url');
    const poster = url ? await core.remotePoster(url) : 'foreign-host';
    return typeof poster === 'string' ? sendText(res, 404, 'No such poster.') : sendFile(req, res, poster);
  }
  const request = parseMediaPath(rawPath);
  if (!request) return sendText(res, 404, 'No such artwork.');
  // A URL with the file's version (`?v=`, from the series summary) always means the same bytes:
  // a replaced file gets a new URL, so the browser may keep this one without asking again.
  const version = new URL(req.url ?? '/', 'http://localhost').searchParams.get('v');
  const art = await core.artwork(request.seriesId, request.kind, version);
  if (typeof art === 'string') return sendText(res, 404, 'No such artwork.');
  return sendFile(req, res, art, version === null ? 'no-cache' : VERSIONED_CACHE);
}

const VERSIONED_CACHE = 'private, max-age=31536000, immutable';

async function sendFile(req: IncomingMessage, res: ServerResponse, art: ArtworkFile, cacheControl = 'no-cache'): Promise<void> {
  const etag = `W/"${art.size.toString(16)}-${Math.trunc(art.mtimeMs).toString(16)}"`;
  const headers = { 'Content-Type': art.contentType, 'Cache-Control': cacheControl, ETag: etag };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, { ...headers, 'Content-Length': art.size });
  if (req.method === 'HEAD') return void res.end();
  if (art.bytes) return void res.end(art.bytes);
  await pipeFile(art.path, res);
}

/** The picker's previews: a provider's image through the core's proxy (its hosts only). */
export const PROVIDER_IMAGE_PATH = '/provider-image';

export async function serveProviderImage(core: Pick<Core, 'providerImage'>, req: IncomingMessage, res: ServerResponse, url: string | null): Promise<void> {
  if (!url || url.length > 2000) return sendText(res, 404, 'No such image.');
  let image;
  try {
    image = await core.providerImage(url);
  } catch {
    return sendText(res, 404, 'No such image.');
  }
  res.writeHead(200, { 'Content-Type': image.contentType, 'Content-Length': image.body.byteLength, 'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
  if (req.method === 'HEAD') return void res.end();
  res.end(image.body);
}
