import type { MediaFiles } from '../media/check';
import { mediaFilesFromNames } from '../media/check';
import { checkImageFile } from '../media/image-check';
import { asyncFsOps, type FsOps } from '../media/fs-ops';
import { exclusionsAbove } from '../media/plex-ignore';
import { listVideoFiles, type UnreadablePath, type VideoFile } from '../media/videos';
import { stampSeriesFolder, type SeriesFolderStamp } from '../watch/folder-stamps';
import { episodeInfoFor, type EpisodeInfo } from './episode-info';

export type ScannedVideo = VideoFile & EpisodeInfo;

/** Everything a series' episodes stage needs from disk, as plain data (it crosses threads). */
export interface FolderSnapshot {
  files: ScannedVideo[];
  unreadable: UnreadablePath[];
  media: MediaFiles;
  /** Whether each artwork file found is a real image (its header read here, off the main thread), and its version. */
  artworkOk: ArtworkChecks;
  /** `.nfo` files with no video of their name beside them (see VideoWalk). */
  loneNfos: string[];
  /** Temp files of Anishelf's writes left by a killed process (see VideoWalk). */
  leftoverTemps: string[];
  /** The folder is left out of media libraries by the user (see VideoWalk). */
  excluded: boolean;
  /** The folder's times and names as they were before the walk listed it; null when it could not be read. */
  stamp: SeriesFolderStamp | null;
}

export type ArtworkKind = 'poster' | 'logo' | 'fanart';
/** `version`: see artworkVersion; null for a file that is no image. */
export interface ArtworkCheck {
  ok: boolean;
  version: string | null;
}
export type ArtworkChecks = Partial<Record<ArtworkKind, ArtworkCheck>>;
export const ARTWORK_KINDS: readonly ArtworkKind[] = ['poster', 'logo', 'fanart'];

export interface SnapshotRequest {
  folder: string;
  /** The series folder's name as stored (its spelling on disk). */
  folderName: string;
  seasonHint: number | null;
  /** The library folder it was found in (its own folder when added on its own): rules there and below reach it. */
  libraryFolder: string | null;
}

/** Walks one series folder and parses every video name: the file-system and CPU half of a scan. */
export async function snapshotFolder(request: SnapshotRequest, fs: FsOps): Promise<FolderSnapshot> {
  const above = request.libraryFolder === null ? null : await exclusionsAbove(fs, request.libraryFolder, request.folder);
  if (above?.excluded) return { files: [], unreadable: [], media: mediaFilesFromNames(request.folder, []), artworkOk: {}, loneNfos: [], leftoverTemps: [], excluded: true, stamp: null };
  // Before the walk: a file added after it lists a folder moves that folder's time past these.
  const stamp = await orNull(() => stampSeriesFolder(fs, request.folder));
  const walk = await listVideoFiles(request.folder, { fs, ignore: above?.rules ?? [] });
  const media = mediaFilesFromNames(request.folder, walk.topLevelFiles);
  return {
    files: walk.files.map((file) => scannedVideo(file, episodeInfoFor(file.relPath, request.folderName, request.seasonHint))),
    unreadable: walk.unreadable,
    media,
    artworkOk: await checkArtwork(media, fs),
    loneNfos: walk.loneNfos,
    leftoverTemps: walk.leftoverTemps,
    excluded: walk.excluded,
    stamp,
  };
}

async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null; // the walk that follows meets the same error and says why
  }
}

/**
 * One video with its numbers, built field by field: spreading the two objects into one cost
 * about 4 µs a file, more than walking to it and reading its size.
 */
function scannedVideo(file: VideoFile, info: EpisodeInfo): ScannedVideo {
  return {
    path: file.path,
    relPath: file.relPath,
    size: file.size,
    mtimeMs: file.mtimeMs,
    nfoPath: file.nfoPath,
    season: info.season,
    episodes: info.episodes,
    absolute: info.absolute,
    special: info.special,
    version: info.version,
    specialKind: info.specialKind,
    title: info.title,
    details: info.details,
  };
}

async function checkArtwork(media: MediaFiles, fs: FsOps): Promise<ArtworkChecks> {
  const checks: ArtworkChecks = {};
  for (const kind of ARTWORK_KINDS) {
    const file = media[kind].path;
    if (file !== null) checks[kind] = await checkArtworkImage(file, fs);
  }
  return checks;
}

/** Whether one artwork file is a real image, and its version. */
export async function checkArtworkImage(file: string, fs: FsOps = asyncFsOps): Promise<ArtworkCheck> {
  const check = await checkImageFile(file, fs);
  return { ok: check.ok, version: check.ok ? check.version : null };
}

export type SnapshotFn = (request: SnapshotRequest, options?: { signal?: AbortSignal }) => Promise<FolderSnapshot>;
