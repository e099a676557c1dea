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
