import { useMissingCounts } from '../state/context';

/** The card's small "3 missing" mark. */
export function MissingMark({ seriesId }: { seriesId: number }) {
  const count = useMissingCounts().bySeries.get(seriesId)?.missing ?? 0;
  if (count === 0) return null;
  return (
    <span className="missing-mark" data-testid="mark-missing" title={`${count} aired ${count === 1 ? 'episode has' : 'episodes have'} no file`}>
      {count} missing
    </span>
  );
}
