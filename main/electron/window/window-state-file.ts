import fs from 'node:fs';
import path from 'node:path';
import { parseSavedState, type SavedWindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved window state in the data dir, or null when missing or unreadable (never throws). */
export function readWindowState(dataDir: string): SavedWindowState | null {
  try {
    return parseSavedState(JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Saves the window state. Synchronous on purpose: it runs while the window closes, and the
 * process may end right after. Temp file + rename, so a crash never leaves half a file.
 */
export function writeWindowState(dataDir: string, state: SavedWindowState): void {
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state)}\n`);
  fs.renameSync(temp, file);
}
