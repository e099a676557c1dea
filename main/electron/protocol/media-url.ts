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
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== 'series' || url.username || url.password || url.port) return null;
  const match = /^\/([1-9][0-9]{0,15})\/([a-z]+(?:-[a-z]+){0,2})$/.exec(url.pathname);
  if (!match) return null;
  const seriesId = Number(match[1]);
  const kind = match[2] as MediaKind;
  if (!Number.isSafeInteger(seriesId) || !SERVED_KINDS.includes(kind)) return null;
  return { seriesId, kind, version: url.searchParams.get('v') };
}

/** `anishelf-media://remote/poster?url=<provider image URL>` → that URL (the core checks its host). */
export function parseRemotePosterUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== 'remote' || url.pathname !== '/poster' || url.username || url.password || url.port) return null;
  return url.searchParams.get('url');
}

/** `anishelf-media://poster-sheet/?kind=…&s=…` → the row of posters it names (see parsePosterSheetQuery). */
export function parsePosterSheetUrl(raw: unknown): PosterSheetRequest | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== 'poster-sheet' || url.pathname !== '/' || url.username || url.password || url.port) return null;
  return parsePosterSheetQuery(url.searchParams);
}

/** The URL the UI puts in an <img src> for a series' artwork. */
export function mediaUrl(seriesId: number, kind: MediaKind): string {
  return `${MEDIA_SCHEME}://series/${seriesId}/${kind}`;
}
