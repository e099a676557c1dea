import fs from 'node:fs/promises';
import { shell } from 'electron';
import { AnishelfError } from '../../core/errors';

/**
 * Shows a series folder in the file manager (`series.openFolder`). The path comes from the
 * database, never from the page, and must still be a folder: shell.openPath on a file would run
 * it with its default program, so anything else is refused.
 */
export async function openFolder(folder: string): Promise<void> {
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new AnishelfError('NOT_FOUND', `${folder} is not there any more; check that its drive is connected.`);
  }
  const problem = await shell.openPath(folder);
  if (problem) throw new AnishelfError('OPEN_FAILED', `The file manager could not open ${folder}: ${problem}.`);
}
