import { foldText } from '../../../shared/fold-text';

/** What titles are compared as: folded (see `foldText`), without a year in brackets. */
export function normalizeTitle(title: string): string {
  return foldText(title.normalize('NFKC').replace(/\((?:19|20)\d{2}\)/g, ' '));
}
