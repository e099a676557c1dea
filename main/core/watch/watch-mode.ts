import type { WatchModeSetting } from '../../../shared/types';
import { isNetworkFsType } from '../fs/mounts';

/** How a root is watched. */
export type WatchMode = 'native' | 'poll' | 'off';
export type { WatchModeSetting };

export const DEFAULT_POLL_MINUTES = 5;

export interface ModeChoice {
  mode: WatchMode;
  pollMinutes: number;
  reason: string;
}

/** Picks the mode of a root from the user's setting, else from the platform and file system. */
export function chooseWatchMode(input: {
  folder: string;
  platform: NodeJS.Platform;
  fsType: string | null;
  setting: WatchModeSetting;
  pollMinutes?: number | null;
}): ModeChoice {
  const pollMinutes = input.pollMinutes && input.pollMinutes > 0 ? input.pollMinutes : DEFAULT_POLL_MINUTES;
  if (input.setting === 'off') return { mode: 'off', pollMinutes, reason: 'turned off for this folder' };
  if (input.setting === 'realtime') return { mode: 'native', pollMinutes, reason: 'set to realtime' };
  if (input.setting === 'poll') return { mode: 'poll', pollMinutes, reason: `set to poll every ${pollMinutes} min` };
  if (input.platform === 'win32' && /^(\\\\|\/\/)/.test(input.folder)) return { mode: 'poll', pollMinutes, reason: 'network path' };
  if (input.fsType && isNetworkFsType(input.fsType)) return { mode: 'poll', pollMinutes, reason: `network file system (${input.fsType})` };
  return { mode: 'native', pollMinutes, reason: input.fsType ? `local file system (${input.fsType})` : 'local file system' };
}
