import { BROWSER_DROP_MESSAGE, classifyDrop, ONLY_FOLDERS_MESSAGE, type DroppedItem } from '../lib/drop';
import { addFolders } from './actions';
import type { AppServices } from './context';

/** Reads a drop while the event is live: each item's name, whether it is a folder, its real path. */
function readDrop(event: DragEvent, pathsFor: ((files: File[]) => string[]) | null): DroppedItem[] {
  const items = Array.from(event.dataTransfer?.items ?? []).filter((item) => item.kind === 'file');
  const files = items.map((item) => item.getAsFile());
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  // One file per call: the bridge returns only the paths it found, so a batch that mixes a
  // path-less File (made in script) with real ones could not be matched back by position.
  return files.map((file, i) => ({
    name: file?.name ?? entries[i]?.name ?? 'item',
    isDirectory: entries[i] ? entries[i].isDirectory : null,
    path: file && pathsFor ? (pathsFor([file])[0] ?? '') : '',
  }));
}

/** Dropped folders are added in one call per 1,000; files and path-less items get a clear message. */
export async function handleDrop(services: AppServices, event: DragEvent, openAddDialog: () => void): Promise<void> {
  const { client, notices } = services;
  const items = readDrop(event, client.pathsForDroppedFiles);
  if (items.length === 0) {
    notices.push({ tone: 'info', kind: 'drop', title: 'Only folders can be added', lines: ['Drop a folder from your file manager, or use “Add folder”.'] });
    return;
  }
  if (!client.pathsForDroppedFiles) {
    notices.push({ tone: 'info', kind: 'drop', title: 'Use “Add folder” in the browser', lines: [BROWSER_DROP_MESSAGE], action: { label: 'Add folder', run: openAddDialog } });
    return;
  }
  const outcome = classifyDrop(items);
  const refused = [...outcome.files, ...outcome.withoutPath];
  if (refused.length) {
    const names = refused.slice(0, 5).join(', ') + (refused.length > 5 ? ` and ${refused.length - 5} more` : '');
    notices.push({ tone: 'info', kind: 'drop', title: ONLY_FOLDERS_MESSAGE, lines: [`Not added: ${names}`] });
  }
  if (outcome.folders.length === 0) return;
  try {
    await addFolders(services, outcome.folders);
  } catch (err) {
    notices.error('Adding the dropped folders failed', err);
  }
}
