import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { isAtomicTempName } from '../fs/atomic-write';
import { isInsideFolder, OUTSIDE_CODE } from '../fs/inside';
import { discIndexName, readDiscIndex, type DiscIndex } from './disc';
import { isExtrasFolder, isSystemFolder } from './folders';
import { isIgnoredFile, isIgnoredFolder, readPlexIgnore, ruleFilesIn, type PlexIgnoreRules } from './plex-ignore';
import { isVideoFileName } from './names';
import { asyncFsOps, type FsOps } from './fs-ops';
import { toFsPath } from './to-path';
import { LINK_TARGET_MISSING_CODE, unreadableCode } from './unreadable-code';
import { mapLimit } from '../util/map-limit';
import { orElse } from '../util/or-else';

const STAT_CONCURRENCY = 2;

export interface VideoFile {
  path: string;
  /** Path relative to the series folder, with `/` separators. */
  relPath: string;
  size: number;
  mtimeMs: number;
  /** The episode NFO beside it (`<video name>.nfo`, any case), when there is one. */
  nfoPath?: string;
}

export interface UnreadablePath {
  path: string;
  code: string;
  /** For a link skipped because it leads out (SYMLINK_OUTSIDE): the real path it leads to. */
  target?: string;
}

export interface VideoWalk {
  files: VideoFile[];
  /** Subfolders or files that could not be read; the walk went on without them. */
  unreadable: UnreadablePath[];
  /** Names of the files directly in the series folder (for artwork and NFO checks). */
  topLevelFiles: string[];
  /**
   * `.nfo` files with no video of the same name beside them (tvshow.nfo and season.nfo aside):
   * episode NFOs whose video was renamed, replaced or deleted.
   */
  loneNfos: string[];
  /** Temp files of Anishelf's atomic writes that a killed process left behind (see removeLeftoverTemps). */
  leftoverTemps: string[];
  /**
   * The folder is left out of media libraries as a whole: it holds a `.nomedia` or `.ignore`
   * file, a `.plexignore` above it leaves it out, or its `.plexignore` files leave out every
   * video in it. Then no video is listed.
   */
  excluded: boolean;
}

export interface WalkOptions {
  /** How deep below the series folder to look: season folders are 1, "Season 1/Disc 2" is 2. */
  maxDepth?: number;
  /** Stop after the first video (for `hasVideoFiles`); sizes are then not read. */
  firstOnly?: boolean;
  /** Read size and mtime of each video (default true). */
  stat?: boolean;
  signal?: AbortSignal;
  /** How to reach the file system (default: the promise API). */
  fs?: FsOps;
  /** The `.plexignore` rules of the folders above this one (see exclusionsAbove); its own and those below are read here. */
  ignore?: readonly PlexIgnoreRules[];
}

/**
 * Lists the videos of one series folder: the folder itself and its season folders, skipping
 * sample / trailer / extras folders and system folders. Symlinked folders are followed once, by
 * real path, so a loop ends; folder links whose real path leaves the folder are reported, not
 * followed. Links to video files are followed wherever they lead: only their names and sizes
 * are read. An unreadable series folder throws (the caller decides); an unreadable subfolder is
 * reported and skipped.
 */
export async function listVideoFiles(dir: string | URL, options: WalkOptions = {}): Promise<VideoWalk> {
  const root = toFsPath(dir);
  const fs = options.fs ?? asyncFsOps;
  const maxDepth = options.maxDepth ?? 3;
  const wantStat = options.stat ?? !options.firstOnly;
  const files: VideoFile[] = [];
  const unreadable: UnreadablePath[] = [];
  const topLevelFiles: string[] = [];
  const loneNfos: string[] = [];
  const leftoverTemps: string[] = [];
  const done = (excluded = false): VideoWalk => ({ files: excluded ? [] : files, unreadable, topLevelFiles, loneNfos, leftoverTemps, excluded });
  const rootReal = await fs.realpath(root);
  const seen = new Set<string>([rootReal]);
  const inherited = options.ignore ?? [];
  if (isIgnoredFolder(inherited, root)) return done(true);
  // Videos a .plexignore leaves out: when they are all there is, the folder is left out.
  let ignoredVideos = 0;
  // `real`: the folder's real path. A plain subfolder's is its parent's plus its name; only
  // links cost a realpath call (two per series otherwise, a tenth of a big import's walk).
  let queue: Array<{ abs: string; real: string; rel: string; depth: number; rules: readonly PlexIgnoreRules[] }> = [{ abs: root, real: rootReal, rel: '', depth: 0, rules: inherited }];

  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const folder of queue) {
      options.signal?.throwIfAborted();
      let entries: Dirent[];
      try {
        entries = await fs.readdir(folder.abs);
      } catch (err) {
        if (folder.depth === 0) throw err;
        unreadable.push({ path: folder.abs, code: unreadableCode(folder.abs, err) });
        continue;
      }
      // A folder left out of media libraries (.nomedia, .ignore) is left out here too.
      const markers = ruleFilesIn(entries);
      if (markers.excluded && folder.depth === 0) return done(true);
      if (markers.excluded) continue;
      const own = markers.plexIgnore ? await readPlexIgnore(fs, folder.abs) : null;
      const rules = own ? [...folder.rules, own] : folder.rules;
      const found: Array<{ abs: string; rel: string; nfo?: string; disc?: true }> = [];
      const nfoByStem = new Map<string, string>();
      // Every video name counts, a link that cannot be followed too: its NFO is not lone.
      const videoStems = new Set<string>();
      // Real folders before symlinks, so a linked copy of a season folder is the one skipped.
      entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()));
      for (const entry of entries) {
        const abs = path.join(folder.abs, entry.name);
        const rel = folder.rel ? `${folder.rel}/${entry.name}` : entry.name;
        const video = isVideoFileName(entry.name);
        if (video) videoStems.add(stemOf(entry.name));
        const kind = await entryKind(fs, entry, abs);
        // A video or folder a .plexignore leaves out is not listed (its NFO is not a lone one). The
        // rules are Plex's for media: artwork and NFO files are read whatever they say.
        if (rules.length > 0 && (kind === 'dir' ? isIgnoredFolder(rules, abs) : video && isIgnoredFile(rules, abs))) {
          if (kind !== 'dir') ignoredVideos++;
          continue;
        }
        if (typeof kind === 'object') {
          // A link that cannot be followed (to a drive that is away, say) is reported, not skipped
          // as nothing: what the library knew under it is kept until it can be read again.
          unreadable.push({ path: abs, code: kind.unreadable });
          continue;
        }
        // A link is followed only while its real path stays inside the folder walked: a
        // `Show/back -> ../..` never gives one series the folders of others, and a loop ends. A
        // link to a video is that video wherever it leads, as in Kodi, Jellyfin and Plex: FileBot's
        // symlink action and debrid mounts fill libraries with links into a downloads folder.
        // (Artwork and NFOs are read and served, so theirs stay inside.)
        const linkedVideo = kind === 'file' && video;
        if (entry.isSymbolicLink() && kind !== 'other' && !linkedVideo && !isInsideFolder(await orElse(() => fs.realpath(abs), ''), rootReal)) {
          unreadable.push({ path: abs, code: OUTSIDE_CODE });
          continue;
        }
        if (kind === 'file' && folder.depth === 0) topLevelFiles.push(entry.name);
        if (entry.isFile() && isAtomicTempName(entry.name)) leftoverTemps.push(abs);
        if (kind === 'file' && entry.name.toLowerCase().endsWith('.nfo')) nfoByStem.set(entry.name.slice(0, -4).toLowerCase(), abs);
        if (kind === 'file' && video) {
          found.push({ abs, rel });
          if (options.firstOnly) break;
        } else if (kind === 'dir' && folder.depth < maxDepth && discIndexName(entry.name) !== null) {
          // A DVD or Blu-ray folder rip is one video, its index file (see disc.ts).
          let disc: DiscIndex | null;
          try {
            disc = await readDiscIndex(fs, abs, entry.name);
          } catch (err) {
            unreadable.push({ path: abs, code: unreadableCode(abs, err) });
            continue;
          }
          if (disc) {
            leftoverTemps.push(...disc.leftoverTemps);
            found.push({ abs: disc.file, rel: `${rel}/${path.basename(disc.file)}`, disc: true, ...(disc.nfo ? { nfo: disc.nfo } : {}) });
            if (options.firstOnly) break;
          }
        } else if (kind === 'dir' && folder.depth < maxDepth && !isSystemFolder(entry.name) && !isExtrasFolder(entry.name)) {
          const real = entry.isSymbolicLink() ? await orElse(() => fs.realpath(abs), abs) : path.join(folder.real, entry.name);
          if (!seen.has(real)) {
            seen.add(real);
            next.push({ abs, real, rel, depth: folder.depth + 1, rules });
          }
        }
      }
      if (wantStat) {
        // A few stats at a time per series: five workers flooding libuv's small thread pool
        // would make every other file-system call (an add, the UI's reads) queue behind them.
        for (const f of found) {
          const nfo = f.nfo ?? (f.disc ? discHolderNfo(nfoByStem, videoStems, folder.abs) : nfoByStem.get(stemOf(path.basename(f.abs))));
          if (nfo) f.nfo = nfo;
          if (nfo && f.disc) videoStems.add(stemOf(path.basename(nfo)));
        }
        for (const [stem, nfo] of nfoByStem) if (!videoStems.has(stem) && !FOLDER_NFO_STEMS.has(stem)) loneNfos.push(nfo);
        const stats = await mapLimit(found, STAT_CONCURRENCY, async (f) => {
          try {
            return { stat: await fs.stat(f.abs), error: null };
          } catch (error) {
            return { stat: null, error };
          }
        });
        stats.forEach(({ stat, error }, i) => {
          const f = found[i]!;
          if (stat) files.push({ path: f.abs, relPath: f.rel, size: stat.size, mtimeMs: Math.trunc(stat.mtimeMs), ...(f.nfo ? { nfoPath: f.nfo } : {}) });
          else unreadable.push({ path: f.abs, code: unreadableCode(f.abs, error) });
        });
      } else {
        for (const f of found) files.push({ path: f.abs, relPath: f.rel, size: 0, mtimeMs: 0 });
      }
      if (options.firstOnly && files.length > 0) return done();
    }
    queue = next;
  }
  files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return done(files.length === 0 && ignoredVideos > 0 && unreadable.length === 0);
}

/** Kodi's NFOs of a show and of a season folder, which stand beside no video of their name. */
const FOLDER_NFO_STEMS = new Set(['tvshow', 'season']);

/**
 * The episode NFO of a disc rip kept beside its disc folder, where Kodi looks next and where
 * tinyMediaManager and hand-made libraries keep it: named like the folder holding the disc
 * ("Show S01E01/Show S01E01.nfo"), or the only episode NFO there. Found, it is the one read, and
 * no VIDEO_TS.nfo of Anishelf's comes to hide it from Kodi.
 */
function discHolderNfo(nfoByStem: ReadonlyMap<string, string>, videoStems: ReadonlySet<string>, holder: string): string | undefined {
  const named = nfoByStem.get(path.basename(holder).toLowerCase());
  if (named) return named;
  // The NFO of a video beside the disc folder is that video's.
  const episodeNfos = [...nfoByStem].filter(([stem]) => !FOLDER_NFO_STEMS.has(stem) && !videoStems.has(stem));
  return episodeNfos.length === 1 ? episodeNfos[0]![1] : undefined;
}

/** A file name without its extension, lower-cased: how a video and its NFO are paired. */
function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).toLowerCase();
}

/** What an entry is, a link followed; a link that cannot be followed says why. */
async function entryKind(fs: FsOps, entry: Dirent, abs: string): Promise<'file' | 'dir' | 'other' | { unreadable: string }> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (!entry.isSymbolicLink()) return 'other';
  let target: Stats;
  try {
    target = await fs.stat(abs);
  } catch (err) {
    const code = unreadableCode(abs, err);
    return { unreadable: code === 'ENOENT' ? LINK_TARGET_MISSING_CODE : code };
  }
  return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
}

export async function hasVideoFiles(dir: string | URL, fs?: FsOps, ignore?: readonly PlexIgnoreRules[]): Promise<boolean> {
  return (await listVideoFiles(dir, { firstOnly: true, fs, ignore })).files.length > 0;
}
