export type ArtworkKind = 'poster' | 'logo' | 'fanart';

/**
 * Where a series' artwork loads from: the desktop shell's protocol or the web server. With
 * `posterSheetUrl`, the only place that builds artwork URLs. `version` (the file's, from the
 * series summary) makes a replaced file a new URL: a window keeps every image it loaded under its
 * URL, whatever the cache headers say, and would go on showing the old poster.
 */
export function artworkUrl(seriesId: number, kind: ArtworkKind, desktop: boolean, version?: string): string {
  const url = desktop ? `anishelf-media://series/${seriesId}/${kind}` : `/media/series/${seriesId}/${kind}`;
  return version ? `${url}?v=${encodeURIComponent(version)}` : url;
}

/**
 * A grid row's poster sheet: the core's thumbnails (`poster-thumb` 340 px or `poster-thumb-small`
 * 180 px wide) of `posters` in order, each `<id>` or `<id>.<poster version>`.
 */
export function posterSheetUrl(kind: 'poster-thumb' | 'poster-thumb-small', posters: readonly string[], desktop: boolean): string {
  const query = `kind=${kind}&s=${posters.join(',')}`;
  return desktop ? `anishelf-media://poster-sheet/?${query}` : `/media/poster-sheet?${query}`;
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
