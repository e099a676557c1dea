import type { AddResult } from '../../../shared/types';
import { describeAddResult, suggestedFolder } from '../../../shared/add-result';
import { chunks } from '../../../shared/chunks';
import type { AppServices } from './context';

/**
 * Adds folders (up to 1,000 per call, as the contract allows), shows the new series at once and
 * reports what was added and skipped. Throws when the call itself is refused.
 */
export async function addFolders(services: AppServices, paths: readonly string[], options: { report?: boolean } = {}): Promise<AddResult> {
  const total: AddResult = { added: [], skipped: [], warnings: [], moved: [], movedRoots: [] };
  for (const batch of chunks(paths, 1000)) {
    const result = await services.client.call('library.addFolders', { paths: batch });
    services.library.applyChanges(result.added, []);
    total.added.push(...result.added);
    total.skipped.push(...result.skipped);
    total.warnings!.push(...(result.warnings ?? []));
    // Series renamed or moved are reported too (their cards follow through the change events).
    total.moved!.push(...(result.moved ?? []));
    total.movedRoots!.push(...(result.movedRoots ?? []));
  }
  if (options.report !== false) reportAdd(services, total);
  return total;
}

export function reportAdd(services: AppServices, result: AddResult): void {
  const report = describeAddResult(result);
  const instead = suggestedFolder(result);
  const action = instead ? { label: `Add ${instead.name} instead`, run: () => void addFolders(services, [instead.path]) } : undefined;
  services.notices.push({ ...report, kind: 'add-result', ...(action ? { action } : {}) });
}

export async function addSample(services: AppServices): Promise<void> {
  try {
    const result = await services.client.call('library.addSample');
    services.library.applyChanges(result.added, []);
    reportAdd(services, result);
  } catch (err) {
    services.notices.error('The sample library could not be added', err);
  }
}

/** Runs a series or loader action; a refusal shows as a notice (the event brings the new state). */
export async function act(services: AppServices, what: string, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (err) {
    services.notices.error(`${what} failed`, err);
    return false;
  }
}
