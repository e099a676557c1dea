import { videoDisplayName } from '../../../shared/disc-path';
import type { SeriesDetail } from '../../../shared/types';
import { episodeTags, groupBySeason } from '../lib/episodes';

/** Every video file with what was parsed from its name, grouped by season. */
export function EpisodeList({ detail }: { detail: SeriesDetail }) {
  const groups = groupBySeason(detail.episodes, detail.seasonNames);
  return (
    <section className="detail-section" aria-labelledby="episodes-heading" data-testid="episode-list">
      <h3 id="episodes-heading">
        Episodes <span className="muted">{detail.episodes.length}</span>
      </h3>
      {groups.length === 0 && <p className="muted">No video files found yet.</p>}
      {groups.map((group) => (
        <details key={group.key} className="season" open={groups.length <= 3}>
          <summary>
            {group.label} <span className="muted">{group.episodes.length}</span>
          </summary>
          <ul className="episodes">
            {group.episodes.map((e) => (
              <li key={e.path} title={e.path}>
                <span className="episode-tags">
                  {episodeTags(e).map((tag) => (
                    <span key={tag} className="tag">
                      {tag}
                    </span>
                  ))}
                </span>
                <span className="episode-name">
                  {e.title ? <span className="episode-title">{e.title}</span> : null}
                  <span className="episode-file">{videoDisplayName(e.path)}</span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
