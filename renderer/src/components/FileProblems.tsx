import type { SeriesDetail } from '../../../shared/types';
import { describeUnreadable } from '../../../shared/unreadable';
import { videoDisplayName } from '../../../shared/disc-path';

/** Duplicate episodes, files whose episode could not be told, and what could not be read. */
export function FileProblems({ detail }: { detail: SeriesDetail }) {
  const duplicates = detail.duplicates ?? [];
  const unplaced = detail.unplaced ?? [];
  const unreadable = detail.unreadable ?? [];
  if (duplicates.length === 0 && unplaced.length === 0 && unreadable.length === 0) return null;
  return (
    <section className="detail-section" aria-labelledby="files-heading">
      <h3 id="files-heading">Files to look at</h3>
      {duplicates.length > 0 && (
        <div className="problems" data-testid="duplicates">
          <h4>Same episode more than once</h4>
          <ul>
            {duplicates.map((group, i) => (
              <li key={i}>{group.map(videoDisplayName).join('  ·  ')}</li>
            ))}
          </ul>
        </div>
      )}
      {unreadable.length > 0 && (
        <div className="problems" data-testid="unreadable">
          <h4>Could not be read</h4>
          <ul>
            {unreadable.map((u) => (
              <li key={u.path} title={u.path}>
                {videoDisplayName(u.path)}: {describeUnreadable(u.code)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unplaced.length > 0 && (
        <div className="problems" data-testid="unplaced">
          <h4>Episode not recognised</h4>
          <ul>
            {unplaced.map((p) => (
              <li key={p} title={p}>
                {videoDisplayName(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
