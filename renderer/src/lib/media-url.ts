/**
 * `poster-thumb`, `poster-thumb-small`: the grid's small copies of the poster (340 and 180 px
 * wide, for HiDPI and ordinary screens), made by the core from the poster file.
 */
export type ArtworkKind = 'poster' | 'poster-thumb' | 'poster-thumb-small' | 'logo' | 'fanart';

/**
 * Where a series' artwork loads from: the desktop shell's protocol or the web server. The only
 * place that builds artwork URLs. `version` (the file's, from the series summary) makes a
 * replaced file a new URL: a window keeps every image it loaded under its URL, whatever the
 * cache headers say, and would go on showing the old poster.
 */
export function artworkUrl(seriesId: number, kind: ArtworkKind, desktop: boolean, version?: string): string {
  const url = desktop ? `anishelf-media://series/${seriesId}/${kind}` : `/media/series/${seriesId}/${kind}`;
  return version ? `${url}?v=${encodeURIComponent(version)}` : url;
}

/** The version of the file behind an artwork kind (thumbnails are made from the poster). */
export function artworkVersionOf(versions: Partial<Record<'poster' | 'logo' | 'fanart', string>> | undefined, kind: ArtworkKind): string | undefined {
  return versions?.[kind === 'poster-thumb' || kind === 'poster-thumb-small' ? 'poster' : kind];
}

/** A candidate's cover, fetched by the core (only from a provider image host) and served like artwork. */
export function remotePosterUrl(url: string, desktop: boolean): string {
  return `${desktop ? 'anishelf-media://remote/poster' : '/media/remote/poster'}?url=${encodeURIComponent(url)}`;
}

/** A provider's image (the artwork picker's previews), through the core's proxy. */
export function providerImageUrl(url: string, desktop: boolean): string {
  const query = `url=${encodeURIComponent(url)}`;
  return desktop ? `anishelf-media://provider-image/?${query}` : `/provider-image?${query}`;
}
