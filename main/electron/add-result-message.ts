import type { AddResult } from '../../shared/types';

export interface AddMessage {
  kind: 'info' | 'warning';
  message: string;
  detail: string;
}

const MAX_LINES = 12;

/**
 * What to tell the user after folders were added from the menu, the tray or a second launch:
 * nothing when every folder brought series in (the window shows them); otherwise one sentence
 * and the reasons per folder ("/x/notes.txt: is a file, not a folder").
 */
export function describeAddResult(result: AddResult): AddMessage | null {
  const problems = [...result.skipped, ...(result.warnings ?? [])];
  if (problems.length === 0) return null;
  const lines = problems.slice(0, MAX_LINES).map((p) => `${p.path}: ${p.reason}`);
  if (problems.length > MAX_LINES) lines.push(`…and ${problems.length - MAX_LINES} more.`);
  const added = result.added.length;
  const message =
    added === 0
      ? result.skipped.length === 1
        ? 'Nothing was added.'
        : `Nothing was added from the ${result.skipped.length} folders.`
      : `Added ${added} series; ${problems.length === 1 ? 'one folder needs' : `${problems.length} folders need`} a look.`;
  return { kind: added === 0 ? 'warning' : 'info', message, detail: lines.join('\n') };
}
