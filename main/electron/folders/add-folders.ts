import { dialog, type BrowserWindow } from 'electron';
import type { AddResult } from '../../../shared/types';
import { dispatch, type Handlers } from '../../core/rpc/dispatch';
import { chunks } from '../../../shared/chunks';
import { describeAddResult } from '../../../shared/add-result';

/**
 * Adds folders chosen outside the page (menu, tray, a second launch). They go through the same
 * dispatch and schema as the UI's own calls; what could not be added is said in one dialog.
 */
export async function addFoldersAndReport(handlers: Handlers, paths: readonly string[], win: BrowserWindow | null, log: (message: string) => void): Promise<void> {
  if (paths.length === 0) return;
  const total: AddResult = { added: [], skipped: [] };
  for (const batch of chunks([...paths], 1000)) {
    const reply = await dispatch(handlers, 'library.addFolders', { paths: batch }, log);
    if (!reply.ok) {
      total.skipped.push(...batch.map((p) => ({ path: p, reason: reply.error.message, code: reply.error.code })));
      continue;
    }
    const result = reply.value as AddResult;
    total.added.push(...result.added);
    total.skipped.push(...result.skipped);
    if (result.warnings?.length) (total.warnings ??= []).push(...result.warnings);
  }
  log(`added ${total.added.length} series from ${paths.length} folder(s); ${total.skipped.length} skipped`);
  // The same wording as the page's notice; when every folder brought series in, the window says enough.
  const report = describeAddResult(total);
  if (report.tone === 'ok') return;
  const type: 'warning' | 'info' = report.tone === 'error' ? 'warning' : 'info';
  const box = { type, title: 'Add folders', message: `${report.title}.`, detail: report.lines.join('\n'), buttons: ['OK'] };
  await (win && !win.isDestroyed() ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
}

/** "Add Folder…": the system folder picker, several folders at once. */
export async function chooseFolders(win: BrowserWindow | null): Promise<string[]> {
  const options = { title: 'Add folders to Anishelf', buttonLabel: 'Add', properties: ['openDirectory', 'multiSelections'] as Array<'openDirectory' | 'multiSelections'> };
  const result = await (win && !win.isDestroyed() ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
  return result.canceled ? [] : result.filePaths;
}
