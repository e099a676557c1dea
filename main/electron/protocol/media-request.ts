import type { ArtworkFile, ArtworkRefusal } from '../../core/artwork/serve-artwork';
import type { RemotePosterRefusal } from '../../core/artwork/remote-poster';
import type { Core } from '../../core/app';
import { readRegularFile } from '../../core/fs/regular-file';
import { parseMediaUrl, parsePosterSheetUrl, parseRemotePosterUrl } from './media-url';

/** `resolveArtwork(db, id, kind)` bound to the open library: the only way a URL maps to a file. */
export type ArtworkResolver = (seriesId: number, kind: string, version: string | null) => Promise<ArtworkFile | ArtworkRefusal>;
/** `core.remotePoster`: a candidate's cover, only from a provider image host. */
export type RemotePosterResolver = (url: string) => Promise<ArtworkFile | RemotePosterRefusal>;
/** `core.posterSheet`: a grid row's posters as one image. */
export type PosterSheetResolver = Core['posterSheet'];

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
  'Content-Security-Policy': "default-src 'none'",
};

/**
 * The response of the artwork scheme: the image for (series, kind) as the core resolves it, or
 * a 404 for everything refused (bad URL, unknown series, outside the series folder, not an
 * image, too large). The refusal reason goes to `log`, never to the page.
 */
export async function respondToMediaRequest(rawUrl: string, resolve: ArtworkResolver, log?: (message: string) => void, remotePoster?: RemotePosterResolver, posterSheet?: PosterSheetResolver): Promise<Response> {
  const sheetRequest = posterSheet ? parsePosterSheetUrl(rawUrl) : null;
  if (sheetRequest !== null && posterSheet) {
    const sheet = await posterSheet(sheetRequest.kind, sheetRequest.posters).catch((err: unknown) => {
      log?.(`poster sheet failed: ${err instanceof Error ? err.message : String(err)}`);
      return 'no-artwork' as const;
    });
    return typeof sheet === 'string' ? notFound() : sendFile(sheet);
  }
  const posterUrl = remotePoster ? parseRemotePosterUrl(rawUrl) : null;
  if (posterUrl !== null && remotePoster) {
    const poster = await remotePoster(posterUrl).catch(() => 'unavailable' as const);
    return typeof poster === 'string' ? notFound() : sendFile(poster);
  }
  const request = parseMediaUrl(rawUrl);
  if (!request) {
    log?.(`artwork refused: malformed URL ${JSON.stringify(rawUrl.slice(0, 200))}`);
    return notFound();
  }
  let found: ArtworkFile | ArtworkRefusal;
  try {
    found = await resolve(request.seriesId, request.kind, request.version);
  } catch (err) {
    log?.(`artwork ${request.seriesId}/${request.kind} failed: ${err instanceof Error ? err.message : String(err)}`);
    return notFound();
  }
  if (typeof found === 'string') {
    if (found !== 'no-artwork' && found !== 'unknown-series') log?.(`artwork ${request.seriesId}/${request.kind} refused: ${found}`);
    return notFound();
  }
  return sendFile(found);
}

async function sendFile(found: ArtworkFile): Promise<Response> {
  let body: Buffer;
  try {
    body = found.bytes ?? (await readRegularFile(found.path));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...HEADERS, 'Content-Type': found.contentType, 'Content-Length': String(body.length) },
  });
}

/** `anishelf-media://provider-image/?url=…`: the picker's previews, through the core's image proxy. */
export async function respondToProviderImage(rawUrl: string, get: (url: string) => Promise<{ contentType: string; body: Uint8Array }>): Promise<Response | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.hostname !== 'provider-image' || url.username || url.password || url.port || rawUrl.length > 2200) return null;
  const target = url.searchParams.get('url');
  if (!target) return notFound();
  try {
    const image = await get(target);
    return new Response(new Uint8Array(image.body), { status: 200, headers: { ...HEADERS, 'Content-Type': image.contentType, 'Content-Length': String(image.body.byteLength) } });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: HEADERS });
}
