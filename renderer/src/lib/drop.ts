export interface DroppedItem {
  name: string;
  /** From the file-system entry; null when the browser could not tell. */
  isDirectory: boolean | null;
  /** The real path (desktop only); '' when there is none, e.g. a File made by a script. */
  path: string;
}

export interface DropOutcome {
  folders: string[];
  /** Names of dropped files (not folders): refused with a message. */
  files: string[];
  /** Items with no real path: a plain browser, or something that is not on disk. */
  withoutPath: string[];
}

export const ONLY_FOLDERS_MESSAGE = 'Only folders can be added; drop the folder that holds the episodes.';
export const BROWSER_DROP_MESSAGE = 'A browser does not tell web pages where a dropped folder lives. Use “Add folder” and type or pick its path.';

/** Sorts dropped items into folders to add and refusals to explain. */
export function classifyDrop(items: readonly DroppedItem[]): DropOutcome {
  const outcome: DropOutcome = { folders: [], files: [], withoutPath: [] };
  const seen = new Set<string>();
  for (const item of items) {
    if (!item.path) outcome.withoutPath.push(item.name);
    else if (item.isDirectory === false) outcome.files.push(item.name);
    else if (!seen.has(item.path)) {
      seen.add(item.path);
      outcome.folders.push(item.path);
    }
  }
  return outcome;
}
