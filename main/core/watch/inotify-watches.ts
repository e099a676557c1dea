import fs from 'node:fs';

/**
 * How many inotify watches this process holds (Linux), read from /proc/self/fdinfo of its inotify
 * descriptors; null where that cannot be read (other systems). Each watch is one "inotify wd:" line.
 */
export function countInotifyWatches(): number | null {
  let fds: string[];
  try {
    fds = fs.readdirSync('/proc/self/fd');
  } catch {
    return null;
  }
  let total = 0;
  for (const fd of fds) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`) !== 'anon_inode:inotify') continue;
      const info = fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
      total += info.split('\n').filter((line) => line.startsWith('inotify wd:')).length;
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  return total;
}
