/** The CLI bundle's path when it exists and no source under `root` is newer; otherwise null. */
export function currentCliBundle(root: string): string | null;
