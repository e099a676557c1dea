import { SERVED_KINDS, type ServedKind } from '../../core/artwork/serve-artwork';
import { parsePosterSheetQuery, type PosterSheetRequest } from '../../core/artwork/thumbnails/poster-sheet-query';
import { MEDIA_SCHEME } from './app-scheme';

export type MediaKind = ServedKind;

export interface MediaRequest {
  seriesId: number;
  kind: MediaKind;
  /** The file's version the URL names (`?v=`), as the series summary gave it; null without one. */
  version: string | null;
}

/**
 * Parses `anishelf-media://series/<id>/<kind>` (with the file's version in `?v=…`). Anything else
 * is null: another host, a non-integer or zero id, an unknown kind, extra or encoded segments
 * (`..%2F`), a user, a port. The URL never names a file: the core looks the file up by (id, kind).
 */
export function parseMediaUrl(raw: unknown): MediaRequest | null {
  const url = mediaSchemeUrl(raw, 'series', 2048);
  if (!url) return null;
  const match = /^\/([1-9][0-9]{0,15})\/([a-z]+(?:-[a-z]+){0,2})$/.exec(url.pathname);
  if (!match) return null;
  const seriesId = Number(match[1]);
  const kind = match[2] as MediaKind;
  if (!Number.isSafeInteger(seriesId) || !SERVED_KINDS.includes(kind)) return null;
  return { seriesId, kind, version: url.searchParams.get('v') };
}

/** `anishelf-media://remote/poster?url=<provider image URL>` → that URL (the core checks its host). */
export function parseRemotePosterUrl(raw: unknown): string | null {
  const url = mediaSchemeUrl(raw, 'remote', 4096);
  return url && url.pathname === '/poster' ? url.searchParams.get('url') : null;
}

/** `anishelf-media://poster-sheet/?kind=…&s=…` → the row of posters it names (see parsePosterSheetQuery). */
export function parsePosterSheetUrl(raw: unknown): PosterSheetRequest | null {
  const url = mediaSchemeUrl(raw, 'poster-sheet', 2048);
  return url && url.pathname === '/' ? parsePosterSheetQuery(url.searchParams) : null;
}

/** `raw` as a URL of the media scheme on `host`, with no user, password or port; else null. */
function mediaSchemeUrl(raw: unknown, host: string, maxLength: number): URL | null {
  if (typeof raw !== 'string' || raw.length > maxLength) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === `${MEDIA_SCHEME}:` && url.hostname === host && !url.username && !url.password && !url.port ? url : null;
}

/** The URL the UI puts in an <img src> for a series' artwork. */
export function mediaUrl(seriesId: number, kind: MediaKind): string {
  return `${MEDIA_SCHEME}://series/${seriesId}/${kind}`;
}
