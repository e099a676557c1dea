import type { RootStatus, WatchModeSetting } from '../../../shared/types';
import { WATCH_MODE_SETTINGS } from '../../../shared/types';
import { isInsideFolder } from '../artwork/inside-folder';
import { listKeptOut } from '../db/repos/kept-out-folders';
import { listRootsWithCounts } from '../db/repos/roots';
import { countMissingByRoot } from '../db/repos/series';
import type { Db } from '../db/handle';
import type { LibraryRootRow } from '../db/schema';
import type { RootSession } from './root-session';
import { fsTypeOf, type MountEntry } from '../fs/mounts';
import { chooseWatchMode, type ModeChoice } from './watch-mode';

export function settingOf(row: LibraryRootRow): WatchModeSetting {
  return (WATCH_MODE_SETTINGS as readonly string[]).includes(row.watch_mode) ? (row.watch_mode as WatchModeSetting) : 'auto';
}

export function modeOf(row: LibraryRootRow, mounts: readonly MountEntry[], platform: NodeJS.Platform): ModeChoice {
  return chooseWatchMode({ folder: row.path, platform, fsType: fsTypeOf(row.path, mounts), setting: settingOf(row), pollMinutes: row.poll_minutes });
}

/** Every root with its state: live details from the watching sessions, the rest from the database. */
export async function rootStatuses(
  db: Db,
  sessions: ReadonlyMap<number, RootSession>,
  mounts: readonly MountEntry[],
  platform: NodeJS.Platform,
): Promise<RootStatus[]> {
  const rows = await listRootsWithCounts(db);
  const missing = await countMissingByRoot(db);
  // A handful at most (folders the user removed by hand): matched to their roots here.
  const keptOut = await listKeptOut(db);
  return rows.map((row) => {
    const session = sessions.get(row.id);
    const choice = session?.choice ?? modeOf(row, mounts, platform);
    const watch = session?.effective ?? choice.mode;
    // The stored state, not the session's: it moves in one transaction with the root's series,
    // so the folder never reads offline while its series still read present.
    const offline = row.state === 'offline';
    return {
      id: row.id,
      path: row.path,
      kind: row.kind,
      state: offline ? 'offline' : watch === 'poll' ? 'polling' : 'online',
      watch,
      watchSetting: settingOf(row),
      pollMinutes: choice.pollMinutes,
      watchReason: session?.problem ? 'watch limit reached' : choice.reason,
      seriesCount: row.series_count,
      missingCount: missing.get(row.id) ?? 0,
      keptOut: keptOut.filter((folder) => isInsideFolder(folder, row.path) && folder !== row.path),
      lastCheckedAt: session?.lastCheckedAt ?? row.last_checked_at,
      watching: session !== undefined,
      problem: session?.problem ?? null,
    };
  });
}
