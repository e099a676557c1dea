import { THUMBNAIL_KINDS } from '../serve-artwork';
import { MAX_SHEET_POSTERS, type SheetPoster } from './poster-sheet';

export type ThumbnailKind = (typeof THUMBNAIL_KINDS)[number];

/** What a poster sheet's URL asks for: the thumbnail size and the row's posters, in order. */
export interface PosterSheetRequest {
  kind: ThumbnailKind;
  posters: SheetPoster[];
}

// `<series id>` or `<series id>.<poster version>` (the version as artworkVersion writes it).
const POSTER = /^([1-9][0-9]{0,14})(?:\.([0-9a-z]{1,16}-[0-9a-z]{1,16}))?$/;

/**
 * Reads a sheet's query, `kind=<poster-thumb|poster-thumb-small>&s=<id>.<version>,…`, as both the
 * web server and the desktop protocol receive it. Anything else is null: an unknown kind, no
 * poster or more than a row holds, an id or version of another shape. The query names series
 * only; the core looks their posters up.
 */
export function parsePosterSheetQuery(params: URLSearchParams): PosterSheetRequest | null {
  const kind = params.get('kind');
  const list = params.get('s');
  if (!kind || !(THUMBNAIL_KINDS as readonly string[]).includes(kind) || !list || list.length > MAX_SHEET_POSTERS * 48) return null;
  const items = list.split(',');
  if (items.length > MAX_SHEET_POSTERS) return null;
  const posters: SheetPoster[] = [];
  for (const item of items) {
    const match = POSTER.exec(item);
    if (!match) return null;
    posters.push({ seriesId: Number(match[1]), version: match[2] ?? null });
  }
  return { kind: kind as ThumbnailKind, posters };
}
