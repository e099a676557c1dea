import { videoDisplayName } from '../../../shared/disc-path';
import { formatAirDay, type EpisodeStatus } from '../../../shared/missing';

const STATE_LABEL: Record<EpisodeStatus['state'], string> = { have: '', missing: 'missing', 'just-aired': 'just aired', upcoming: 'upcoming', tba: 'TBA' };

function airText(e: EpisodeStatus): string {
  if (e.airsAtMs !== null) return formatAirDay({ atMs: e.airsAtMs, dateOnly: false });
  if (e.airDate !== null) return formatAirDay({ atMs: Date.parse(`${e.airDate}T00:00:00Z`), dateOnly: true });
  return e.airedWithoutDate ? 'aired' : 'TBA';
}

/** One listed episode: its file when there is one, else greyed with its title and air date. */
export function MissingEpisodeRow({ episode: e, seasonNotWanted, onToggle }: { episode: EpisodeStatus; seasonNotWanted: boolean; onToggle: () => void }) {
  const label = `E${e.episode}`;
  return (
    <li className={`missing-row missing-row-${e.state}${e.notWanted ? ' missing-row-unwanted' : ''}`} data-testid="missing-row" data-episode={e.episode} data-state={e.state} title={e.files.join('\n') || undefined}>
      <span className="episode-tags">
        <span className="tag">{label}</span>
        {e.misplaced && (
          <span className="tag tag-warn" data-testid="misplaced" title="Its only file sits in another season's folder">
            misplaced
          </span>
        )}
      </span>
      <span className="episode-name">
        {e.title ? <span className="episode-title">{e.title}</span> : null}
        <span className="episode-file">{e.files.length > 0 ? e.files.map(videoDisplayName).join(', ') : airText(e)}</span>
      </span>
      {e.state !== 'have' && (
        <span className="missing-row-end">
          <span className="missing-state">{e.notWanted ? 'not wanted' : STATE_LABEL[e.state]}</span>
          {!seasonNotWanted && (
            <button className="link-button" data-testid="episode-not-wanted" onClick={onToggle}>
              {e.notWanted ? 'Want' : 'Not wanted'}
            </button>
          )}
        </span>
      )}
    </li>
  );
}
