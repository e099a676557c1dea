export interface Crumb {
  /** What the crumb shows: "/" for the root, else one folder name. */
  name: string;
  /** The folder it leads to. */
  path: string;
}

/** `/media/anime` → `/`, `media`, `anime`; `C:\Users\ann` → `C:\`, `Users`, `ann`. */
export function breadcrumb(folder: string): Crumb[] {
  const windows = /^[a-zA-Z]:[\\/]/.test(folder);
  const sep = windows ? '\\' : '/';
  const root = windows ? `${folder.slice(0, 2)}\\` : '/';
  const names = folder.slice(root.length).split(/[\\/]/).filter(Boolean);
  const crumbs: Crumb[] = [{ name: root, path: root }];
  let current = root;
  for (const name of names) {
    current = current.endsWith(sep) ? `${current}${name}` : `${current}${sep}${name}`;
    crumbs.push({ name, path: current });
  }
  return crumbs;
}

/** A path the core accepts as typed: absolute (`/x`, `C:\x`) or from the home folder (`~`, `~/x`). */
export function isFullPath(text: string): boolean {
  return /^(\/|[a-zA-Z]:[\\/]|~([\\/]|$))/.test(text);
}

/**
 * A path as typed or pasted: trimmed, without the quotes Windows' "Copy as path" puts around it,
 * and a `file:` URL (what a file manager drops into a text field) as its local path. Anything
 * else comes back as it was, for isFullPath to judge.
 */
export function typedPath(text: string): string {
  let typed = text.trim();
  const quote = typed[0];
  if (typed.length >= 2 && (quote === '"' || quote === "'") && typed.endsWith(quote)) typed = typed.slice(1, -1).trim();
  if (!/^file:\/\/\//i.test(typed)) return typed;
  try {
    const local = decodeURIComponent(new URL(typed).pathname);
    // file:///C:/Anime → C:\Anime
    return /^\/[a-zA-Z]:\//.test(local) ? local.slice(1).replaceAll('/', '\\') : local;
  } catch {
    return typed; // a malformed %-escape: shown back as typed, refused by isFullPath
  }
}
