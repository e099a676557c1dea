/** The last name of a path, on POSIX or Windows (`/media/anime/Frieren` → `Frieren`); the path itself when it has none. */
export function folderName(folder: string): string {
  return folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
}
