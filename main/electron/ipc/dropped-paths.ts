/**
 * The real paths of items dropped on the window. In a sandboxed page a File no longer carries its
 * path; Electron's `webUtils.getPathForFile` gives it back, and gives "" for a File made in script
 * (`new File([...], 'x')`), which is skipped, as is anything that is not a File at all. Whether a
 * path is a folder is the core's call when it is added: files come back as skipped, with a reason.
 */
export function pathsFromDroppedFiles(files: unknown, getPathForFile: (file: File) => string): string[] {
  const items: unknown[] = Array.isArray(files) ? files : isArrayLike(files) ? Array.from(files) : [];
  const paths: string[] = [];
  for (const item of items) {
    if (!isFile(item)) continue;
    let found = '';
    try {
      found = getPathForFile(item);
    } catch {
      continue;
    }
    if (typeof found === 'string' && found.length > 0 && !paths.includes(found)) paths.push(found);
  }
  return paths;
}

/** One sentence for a drop that yielded no paths at all. */
export const NOTHING_DROPPED_MESSAGE = 'Drop folders from your file manager; nothing that was dropped is a folder on this computer.';

function isFile(value: unknown): value is File {
  return typeof File !== 'undefined' && value instanceof File;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return !!value && typeof value === 'object' && typeof (value as { length?: unknown }).length === 'number';
}
