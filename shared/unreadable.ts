/**
 * Why a file or folder inside a series or a library could not be read, as the user reads it.
 * The codes are those the core reports (errno codes, SYMLINK_OUTSIDE, BAD_NAME_ENCODING, LINK_TARGET_MISSING,
 * STRAY_SEASON_FOLDER, STRAY_VIDEO, EXCLUDED_FOLDER, PLEX_IGNORED, TOO_DEEP_FOLDER).
 */
export function describeUnreadable(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Anishelf is not allowed to read it; check its permissions';
    case 'SYMLINK_OUTSIDE':
      return 'it is a link that leads outside the folder, so it is not followed';
    case 'BAD_NAME_ENCODING':
      return 'its name is not valid UTF-8 (written in an older encoding, such as Latin-1); rename it to have it read';
    case 'ENOENT':
      return 'it disappeared while it was being read';
    case 'LINK_TARGET_MISSING':
      return 'it is a link to something that is not there (on a drive that is away?); what the library knew under it is kept';
    case 'ELOOP':
      return 'it is a link that loops back on itself';
    case 'EXCLUDED_FOLDER':
      return 'it holds a .nomedia or .ignore file, which tells media players (Kodi, Jellyfin) to leave it out, so Anishelf does too';
    case 'PLEX_IGNORED':
      return 'a .plexignore file above it leaves it out, as Plex leaves it out, so Anishelf does too';
    case 'TOO_DEEP_FOLDER':
      return 'its folders lie more than five levels below the folder added, so they are not searched for series; add this folder itself to have them read';
    case 'STRAY_SEASON_FOLDER':
      return "it is a season folder outside any series folder, so it is not added; move it into its series' folder to have it read";
    case 'STRAY_VIDEO':
      return "it is a video outside any series folder, so it is not added; move it into its series' folder to have it read";
    default:
      return `it could not be read (${code})`;
  }
}
