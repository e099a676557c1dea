// A DVD or Blu-ray folder rip is one video, played through its index file: VIDEO_TS/VIDEO_TS.IFO
// or BDMV/index.bdmv. The folder that holds the disc names it ("Show S01E01/VIDEO_TS").
const DISC_INDEX_TAIL = /(^|[\\/])(?:video_ts[\\/]video_ts\.ifo|bdmv[\\/]index\.bdmv)$/i;

/**
 * For a disc's index file, the part of `p` before the disc folder ('' when `p` starts at it);
 * null for any other video. Either separator.
 */
export function beforeDiscFolder(p: string): string | null {
  // Most videos end in neither "o" nor "v": one character rules them out before the regex.
  const last = p.charCodeAt(p.length - 1) | 0x20;
  if (last !== 0x6f && last !== 0x76) return null;
  const match = DISC_INDEX_TAIL.exec(p);
  return match ? p.slice(0, match.index) : null;
}

/** How a video is shown by name: its file name, or for a disc the folder holding it and the disc folder. */
export function videoDisplayName(p: string): string {
  const parts = p.split(/[\\/]/);
  if (beforeDiscFolder(p) === null || parts.length < 3) return parts.pop() ?? p;
  return `${parts[parts.length - 3]}/${parts[parts.length - 2]}`;
}
