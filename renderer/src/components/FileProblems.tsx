import type { SeriesDetail } from '../../../shared/types';
import { fileName } from '../lib/episodes';

/** Duplicate episodes and files whose episode could not be told. */
export function FileProblems({ detail }: { detail: SeriesDetail }) {
  const duplicates = detail.duplicates ?? [];
  const unplaced = detail.unplaced ?? [];
  if (duplicates.length === 0 && unplaced.length === 0) return null;
  return (
    <section className="detail-section" aria-labelledby="files-heading">
      <h3 id="files-heading">Files to look at</h3>
      {duplicates.length > 0 && (
        <div className="problems" data-testid="duplicates">
          <h4>Same episode more than once</h4>
          <ul>
            {duplicates.map((group, i) => (
              <li key={i}>{group.map(fileName).join('  ·  ')}</li>
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
                {fileName(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
