// Which folders hold episodes, which are noise. Names compare case-insensitively.

const SYSTEM_FOLDERS = new Set([
  '@eadir', '#recycle', '@recycle', '#snapshot', '@snapshot', '$recycle.bin', 'recycler', 'recycled',
  'system volume information', 'lost+found', '.trash', '.trashes', '.trash-1000', '.appledouble',
  '.spotlight-v100', '.fseventsd', '.temporaryitems', '@tmp', '#tmp', 'thumbs',
]);

// Kodi skips a folder holding a .nomedia file, Jellyfin and Emby one holding a .ignore file.
export const EXCLUDE_MARKER_FILES = ['.nomedia', '.ignore'] as const;
const EXCLUDE_MARKERS = new Set<string>(EXCLUDE_MARKER_FILES);

/** A file whose presence tells media players to leave its folder out of their library. */
export function isExcludeMarker(fileName: string): boolean {
  // Read for every file of a library: most names are ruled out by their first character.
  return fileName.charCodeAt(0) === 0x2e && EXCLUDE_MARKERS.has(fileName.toLowerCase());
}

/** NAS, OS and hidden folders: never series, never scanned. */
export function isSystemFolder(name: string): boolean {
  return name.startsWith('.') || SYSTEM_FOLDERS.has(name.toLowerCase());
}

// Jellyfin's and Plex's extras folder names, plus the usual anime ones: the bonus folders of
// Blu-ray rips (promotional videos, commercials, creditless openings, next-episode previews).
const EXTRAS_FOLDERS = new Set([
  'sample', 'samples', 'trailer', 'trailers', 'extra', 'extras', 'featurette', 'featurettes',
  'behind the scenes', 'deleted scenes', 'interview', 'interviews', 'scene', 'scenes', 'short', 'shorts',
  'other', 'others', 'clips', 'bonus', 'bonus features', 'subs', 'subtitles', 'fonts', 'attachments',
  'nc', 'ncop', 'nced', 'nc op', 'nc ed', 'ncop & nced', 'nc op & ed', 'creditless', 'menu', 'menus', 'bd menu', 'bd menus',
  'scans', 'artwork', 'covers', 'cd', 'ost', 'soundtrack', 'theme-music', 'backdrops',
  'pv', 'pvs', 'cm', 'cms', 'spot', 'spots', 'promo', 'promos', 'teaser', 'teasers', 'preview', 'previews',
  'op', 'ed', 'op & ed', 'op&ed', 'opening', 'openings', 'ending', 'endings', 'music video', 'music videos', 'mv', 'mvs',
  'tokuten', 'bdmv',
  // Artwork and metadata that Kodi, tinyMediaManager and Emby keep beside the videos.
  'extrafanart', 'extrafanarts', 'extrathumbs', 'extrathumb', 'metadata',
]);

export function isExtrasFolder(name: string): boolean {
  return EXTRAS_FOLDERS.has(name.toLowerCase().trim());
}

// "Season" in the languages a library is named in, the bare "S" of "S01", and Avatar's "Book 2 -
// Earth". The number ends at anything but a letter or digit: "Season 2 (2019)", "Season_1_[BD]",
// never "S1x" or "S01E01".
const SEASON_WORD = '(?:season|series|serie|staffel|saison|temporada|stagione|seizoen|sezon|säsong|sæson|sesong|book|s)[ ._-]*';
const SEASON_FOLDER = new RegExp(`^${SEASON_WORD}(\\d{1,4})(?![\\p{L}\\p{N}])`, 'iu');
// OADs and ONAs are specials too: the episodes released outside the broadcast, season 0 in Kodi.
const SPECIALS_FOLDER = /^(?:specials?|sp|ovas?|oads?|onas?|season[ ._-]*0+|extras? episodes?)$/i;

/** A folder of specials ("Specials", "OVA", "OAD", "Season 0"): season 0 in Kodi. */
export function isSpecialsFolderName(name: string): boolean {
  return SPECIALS_FOLDER.test(name.trim());
}

/** The season a folder stands for ("Season 2", "S01", "Specials" → 0), or null. */
export function seasonOfFolder(name: string): number | null {
  const trimmed = name.trim();
  if (SPECIALS_FOLDER.test(trimmed)) return 0;
  const match = SEASON_FOLDER.exec(trimmed);
  return match ? Number(match[1]) : null;
}

// A series' films and numbered specials ("Movie 1 - Title", "Gekijouban", "劇場版", "OVA 2").
const SERIES_PART_FOLDER = /\b(?:movies?|films?|gekijou?ban)\b|劇場版|^(?:ova|oad|ona|specials?)[ ._-]*\d/i;

/**
 * A folder that holds a part of the series beside its seasons (its films, its numbered OVAs):
 * such folders do not make the folder above them a library, however many there are.
 */
export function isSeriesPartFolderName(name: string): boolean {
  return SERIES_PART_FOLDER.test(name.trim());
}

const BARE_SEASON_FOLDER = new RegExp(`^${SEASON_WORD}\\d{1,4}$`, 'iu');

/**
 * A name that says nothing but a season ("Season 1", "S02", "Specials"): such a folder is a
 * season of the folder above it, never a series of its own. Stricter than seasonOfFolder, which
 * also reads "S2 Title" as season 2 inside a series.
 */
export function isBareSeasonFolderName(name: string): boolean {
  const trimmed = name.trim();
  return BARE_SEASON_FOLDER.test(trimmed) || SPECIALS_FOLDER.test(trimmed);
}

const BARE_DISC_FOLDER = /^(?:dis[ck]|dvd|bd|vol(?:ume)?\.?)[ ._-]*\d{1,3}$/i;

/** A name that says nothing but a disc ("Disc 1", "DVD 2", "Vol. 3"): a part of the folder above it, never a series. */
export function isBareDiscFolderName(name: string): boolean {
  return BARE_DISC_FOLDER.test(name.trim());
}

// A disc of a rip named with its series: a disc word ending the name ("Show - Disc 2", "Show DVD1"),
// or a season's disc anywhere ("Show S01D02", "S1 Disc 3"). "Vol. 2" only as the whole name (see
// isBareDiscFolderName): series names hold "Vol. 2" and "Part 2" too.
const NAMED_DISC_FOLDER = /(?:^|[ ._-])(?:dis[ck]|dvd|bd)[ ._-]*\d{1,2}$|(?<![\p{L}\p{N}])s\d{1,2}[ ._-]?d(?:is[ck])?[ ._-]?\d{1,2}(?![\p{L}\p{N}])/iu;
// One episode's folder: a rip kept in its release folder ("Show.S01E01.720p.WEB-DL-GRP") or
// Kodi's disc layout ("Show S01E01/VIDEO_TS"). Only explicit markers: a series name may end in
// a number ("Mob Psycho 100").
// A range ("S01E01-E12", "1x01-1x12") is a batch release: a series of its own.
const EPISODE_FOLDER = /(?<![\p{L}\p{N}])(?:s\d{1,4}[ ._-]?e\d{1,4}|\d{1,2}x\d{2,3})(?!\p{N}|[ ._]*[-~][ ._]*(?:s\d|e|\d))/iu;

/**
 * A folder that holds one disc or one episode of the series above it: like a season folder, it
 * makes that folder a series and is never a series of its own.
 */
export function isEpisodePartFolderName(name: string): boolean {
  const trimmed = name.trim();
  return isBareDiscFolderName(trimmed) || NAMED_DISC_FOLDER.test(trimmed) || EPISODE_FOLDER.test(trimmed);
}
