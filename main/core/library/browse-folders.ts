import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DirectoryListing } from '../../../shared/contract';
import { AnishelfError, errnoCode } from '../errors';
import { isSystemFolder } from '../media/folders';
import { expandHome } from '../media/to-path';

const MAX_ENTRIES = 5000;

/** The web-mode folder picker: subfolder names of one folder, never file names or contents. */
export async function listDirectories(folder: string | undefined): Promise<DirectoryListing> {
  const dir = path.resolve(folder === undefined ? os.homedir() : expandHome(folder));
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AnishelfError('NOT_FOUND', `${dir} does not exist or is not a folder.`);
    throw new AnishelfError('NOT_READABLE', `${dir} cannot be read (${code ?? 'error'}).`);
  }
  const directories = [];
  for (const entry of entries) {
    if (isSystemFolder(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(full).then((s) => s.isDirectory(), () => false)));
    if (isDir) directories.push({ name: entry.name, path: full });
    if (directories.length >= MAX_ENTRIES) break;
  }
  directories.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }));
  const parent = path.dirname(dir);
  return { path: dir, parent: parent === dir ? null : parent, directories };
}
