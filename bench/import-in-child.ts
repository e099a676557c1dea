import { runChildMeasure } from './child-bundle';
import { rememberLibrary, restoreLibrary } from './fixtures';
import type { ImportMeasure } from './import-measure';

/**
 * The import measure in a process of its own (import-child.ts), as the app's main process would
 * run it, so its RSS is the import's and not the bench's other work (generated libraries,
 * earlier imports). `cold` drops the kernel's caches after adding, before the import.
 */
export async function measureImportInChild(root: string, workers: number, options: { cold?: boolean } = {}): Promise<ImportMeasure> {
  rememberLibrary(root);
  try {
    return await runChildMeasure<ImportMeasure>('import-child', [root, String(workers), options.cold ? 'cold' : 'warm']);
  } finally {
    restoreLibrary(root);
  }
}
