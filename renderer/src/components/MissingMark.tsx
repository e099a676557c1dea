import type { ReactNode } from 'react';
import { useMissingCounts } from '../state/context';

/** The card's small "3 missing" mark; `otherwise` when nothing is missing. */
export function MissingMark({ seriesId, otherwise = null }: { seriesId: number; otherwise?: ReactNode }) {
  const count = useMissingCounts().bySeries.get(seriesId)?.missing ?? 0;
  if (count === 0) return otherwise;
  return (
    <span className="missing-mark" data-testid="mark-missing" title={`${count} aired ${count === 1 ? 'episode has' : 'episodes have'} no file`}>
      {count} missing
    </span>
  );
}
