import type { SeriesSummary } from '../../../shared/types';
import { posterSheetUrl } from './media-url';
import type { PosterThumbnailKind } from './poster-thumbnail';

/** Where a card finds its poster in its row's sheet. */
export interface SheetSlot {
  url: string;
  /** The poster's cell, from the left. */
  slot: number;
  /** The cells in the sheet. */
  cells: number;
}

/** Whether the grid shows a poster for the series: it has one the core found readable. */
export function hasUsablePoster(s: SeriesSummary): boolean {
  return s.hasPoster && !s.brokenArtwork?.includes('poster');
}

/**
 * The sheet of one grid row: the thumbnails of its series that have a poster, in the row's order,
 * as one image the core composes (see posterSheetUrl). The grid loads one image per row rather
 * than one per card. Each poster is named with its version, so a replaced poster makes a new URL
 * and the window may keep a sheet as long as it likes. Null when no series of the row has a poster.
 */
export function rowPosterSheet(row: readonly SeriesSummary[], kind: PosterThumbnailKind, desktop: boolean): { url: string; slots: ReadonlyMap<number, SheetSlot> } | null {
  const withPoster = row.filter(hasUsablePoster);
  if (withPoster.length === 0) return null;
  const url = posterSheetUrl(kind, withPoster.map((s) => (s.artworkVersions?.poster ? `${s.id}.${s.artworkVersions.poster}` : String(s.id))), desktop);
  return { url, slots: new Map(withPoster.map((s, slot) => [s.id, { url, slot, cells: withPoster.length }])) };
}
