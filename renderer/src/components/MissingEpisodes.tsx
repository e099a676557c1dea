import { useEffect, useState } from 'react';
import { formatSeason, type SeasonSummary, type SeriesMissing } from '../../../shared/missing';
import { act } from '../state/actions';
import { useMissingCounts, useServices } from '../state/context';
import { errorMessage } from '../rpc-error';
import { MissingEpisodeRow } from './MissingEpisodeRow';

/**
 * The provider's episodes beside the files: a line per season ("S2 8/12, missing 3, 5 · next E10
 * Fri 12 Dec"), and per season every episode in order with the gaps greyed in place.
 */
export function MissingEpisodes({ id }: { id: number }) {
  const services = useServices();
  const { client, missing } = services;
  const { version } = useMissingCounts();
  const [report, setReport] = useState<SeriesMissing | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.call('missing.series', { id }).then(
      (r) => live && (setReport(r), setError(null)),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [client, id, version]);

  const change = (what: string, call: () => Promise<SeriesMissing>) =>
    act(services, what, async () => {
      setReport(await call());
      // The user's own change: the cards and chips follow it at once, not after the burst delay.
      void missing.refresh();
    });

  const [refreshing, setRefreshing] = useState(false);
  const refreshButton = (
    <button
      className="link-button"
      data-testid="refresh-episode-list"
      disabled={refreshing}
      onClick={() => {
        setRefreshing(true);
        void change('Refreshing the episode list', () => client.call('missing.refresh', { id })).finally(() => setRefreshing(false));
      }}
    >
      {refreshing ? 'Refreshing…' : 'Refresh episode list'}
    </button>
  );

  if (error) return null;
  if (!report) return null;
  if (!report.known) {
    return (
      <section className="detail-section" aria-labelledby="missing-heading" data-testid="missing-episodes">
        <h3 id="missing-heading">Missing episodes</h3>
        <p className="muted">No episode list yet: once the series is identified online, its missing and upcoming episodes show here.</p>
        {refreshButton}
      </section>
    );
  }
  const seasonLine = (s: SeasonSummary) => formatSeason(s, { specialsShown: report.specialsShown });
  const shownSeasons = report.specialsShown && report.specials ? [...report.seasons, report.specials] : report.seasons;
  return (
    <section className="detail-section" aria-labelledby="missing-heading" data-testid="missing-episodes">
      <h3 id="missing-heading">
        Missing episodes {report.missingCount > 0 && <span className="missing-count">{report.missingCount}</span>}
      </h3>
      <p className="missing-summary" data-testid="missing-summary">
        {report.seasons.map(seasonLine).join(' · ')}
      </p>
      {refreshButton}
      {report.specials && (
        <div className="missing-specials">
          <span data-testid="missing-specials">{seasonLine(report.specials)}</span>
          <label className="missing-toggle">
            <input
              type="checkbox"
              checked={report.specialsShown}
              data-testid="show-specials"
              onChange={(e) => void change('Changing the specials setting', () => client.call('missing.setShowSpecials', { id, show: e.target.checked }))}
            />
            Show specials
          </label>
        </div>
      )}
      {shownSeasons.map((s) => (
        <details key={s.season} className="season missing-season" open={s.missing.length > 0 && !s.notWanted} data-testid="missing-season" data-season={s.season}>
          <summary>{seasonLine(s)}</summary>
          <div className="missing-season-tools">
            <button
              className="link-button"
              data-testid="season-not-wanted"
              onClick={() => void change('Changing the season', () => client.call('missing.setNotWanted', { id, season: s.season, episode: null, notWanted: !s.notWanted }))}
            >
              {s.notWanted ? 'Want this season again' : 'Season not wanted'}
            </button>
          </div>
          <ul className="episodes">
            {report.episodes
              .filter((e) => e.season === s.season)
              .map((e) => (
                <MissingEpisodeRow
                  key={e.episode}
                  episode={e}
                  seasonNotWanted={s.notWanted}
                  onToggle={() => void change('Changing the episode', () => client.call('missing.setNotWanted', { id, season: e.season, episode: e.episode, notWanted: !e.notWanted }))}
                />
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
