import type { RootStatus, WatchModeSetting } from '../../../shared/types';

export const STATE_LABELS: Record<RootStatus['state'], string> = { online: 'Online', offline: 'Offline', polling: 'Polling' };

/** The mode switch's choices; "poll" carries the root's interval. */
export function watchChoices(root: RootStatus): Array<{ value: WatchModeSetting; label: string }> {
  return [
    { value: 'auto', label: `Automatic (${root.watchSetting === 'auto' ? describeWatch(root) : 'by drive type'})` },
    { value: 'realtime', label: 'Realtime' },
    { value: 'poll', label: `Poll every ${root.pollMinutes} min` },
    { value: 'off', label: 'Off' },
  ];
}

export function describeWatch(root: Pick<RootStatus, 'watch' | 'pollMinutes'>): string {
  return root.watch === 'native' ? 'realtime' : root.watch === 'poll' ? `every ${root.pollMinutes} min` : 'off';
}

export function lastCheckLabel(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'never';
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}

/**
 * When the folder was last looked at, or, while this Anishelf watches it live, that it need not
 * be: "checked 14 min ago" beside a realtime watch read as if changes went unseen since then.
 */
export function checkedText(root: Pick<RootStatus, 'state' | 'watch' | 'watching' | 'lastCheckedAt'>, now: Date = new Date()): string {
  if (root.watching && root.watch === 'native' && root.state === 'online') return 'changes seen as they happen';
  return `checked ${lastCheckLabel(root.lastCheckedAt, now)}`;
}

/** "1 series whose folder is gone", "3 series whose folders are gone". */
export function seriesGone(count: number): string {
  return count === 1 ? '1 series whose folder is gone' : `${count} series whose folders are gone`;
}
