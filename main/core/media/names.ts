// The file names Kodi, Jellyfin and Plex look for in a series folder.

export const NFO_FILENAME = 'tvshow.nfo';
export const POSTER_FILENAME = 'poster.jpg';
export const LOGO_FILENAME = 'logo.png';
export const FANART_FILENAME = 'fanart.jpg';

export type MediaKind = 'poster' | 'logo' | 'fanart' | 'nfo';
export const MEDIA_KINDS: readonly MediaKind[] = ['poster', 'logo', 'fanart', 'nfo'];

/**
 * Accepted names per kind, lower-case, preferred first. Kodi also reads folder.jpg as the poster
 * and clearlogo.png as the logo; Jellyfin and Plex write backdrop.jpg / background.jpg for fanart.
 */
export const MEDIA_FILENAMES: Readonly<Record<MediaKind, readonly string[]>> = {
  poster: ['poster.jpg', 'poster.png', 'poster.webp', 'folder.jpg', 'folder.png', 'cover.jpg', 'cover.png'],
  logo: ['logo.png', 'clearlogo.png', 'logo.svg'],
  fanart: ['fanart.jpg', 'fanart.png', 'fanart.webp', 'backdrop.jpg', 'backdrop.png', 'background.jpg'],
  nfo: ['tvshow.nfo'],
};

/** Other Kodi artwork we recognise (and may serve) but do not track as a stage. */
export const OTHER_ARTWORK = /^(banner|landscape|clearart|characterart|discart|thumb|season\d{2,}-(poster|banner|fanart|landscape)|season-specials-(poster|banner)|season-all-(poster|banner))\.(jpe?g|png|webp)$/i;

/** Every container a mainstream media player plays, lower-case, without the dot. */
export const VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([
  'mkv', 'mp4', 'm4v', 'avi', 'mov', 'qt', 'wmv', 'asf', 'webm', 'ts', 'm2ts', 'mts', 'm2t', 'tp', 'trp',
  'flv', 'f4v', 'ogm', 'ogv', 'rm', 'rmvb', 'mpg', 'mpeg', 'mpe', 'm1v', 'm2v', 'mp2', 'vob', 'evo',
  '3gp', '3g2', 'divx', 'xvid', 'dv', 'wtv', 'dvr-ms', 'nsv', 'iso', 'strm', 'y4m', 'mk3d', 'av1', 'hevc',
]);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isVideoFileName(name: string): boolean {
  // A hidden file is no episode: Kodi, Jellyfin and Plex skip it, and on a share a Mac wrote to
  // every video has a hidden "._" twin (its AppleDouble resource fork) with the same name.
  return name.charCodeAt(0) !== 0x2e && VIDEO_EXTENSIONS.has(extensionOf(name)) && !isExtraFileName(name);
}

// Scene releases ship "name-sample.mkv" beside the episode, and Jellyfin, Emby and Plex take a
// video named with an extra's suffix ("Show-trailer.mkv", "Show.S01E01-deleted.mkv") for an extra
// kept beside the episodes: none of them is an episode. The suffix is joined by "-" and written
// in lower case, as those players document it: "Show - S01E05 - The Other.mkv" is an episode, and
// so is a release whose group is called "-SHORT".
const SAMPLE_FILE = /(^|[.\-_ ])sample\.[a-z0-9]+$/i;
const EXTRA_SUFFIX = /-(?:trailer|featurette|behindthescenes|deleted|deletedscene|interview|scene|short|other|extra|clip)\.[A-Za-z0-9]+$/;

function isExtraFileName(name: string): boolean {
  return SAMPLE_FILE.test(name) || EXTRA_SUFFIX.test(name);
}
