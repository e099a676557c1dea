import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { episodeCount } from '../lib/episode-count';
import { artworkUrl } from '../lib/media-url';
import { act } from '../state/actions';
import { useServices } from '../state/context';
import { Poster } from './Poster';

/** `contentRating`: tvshow.nfo's <mpaa>, once the series' detail is read. */
export function DetailHeader({ summary: s, contentRating, onClose }: { summary: SeriesSummary; contentRating: string | null; onClose: () => void }) {
  const services = useServices();
  const { client } = services;
  const [fanartBroken, setFanartBroken] = useState(false);
  const fanart = s.hasFanart && !fanartBroken ? artworkUrl(s.id, 'fanart', client.desktop, s.artworkVersions?.fanart) : null;
  return (
    <div className="detail-header">
      {fanart && <img className="detail-fanart" src={fanart} alt="" onError={() => setFanartBroken(true)} />}
      <div className="detail-header-shade" />
      <button className="icon-button detail-close" onClick={onClose} aria-label="Close" title="Close (Esc)" data-testid="detail-close" data-autofocus>
        ✕
      </button>
      <div className="detail-header-content">
        <div className="detail-poster">
          <Poster key={`${s.id}:${s.hasPoster}:${s.artworkVersions?.poster ?? ''}`} summary={s} />
        </div>
        <div className="detail-heading">
          <h2 id="detail-title" data-testid="detail-title">
            {s.title}
          </h2>
          <div className="detail-sub" data-testid="detail-sub">
            {[s.year, s.seasonHint !== undefined ? `Season ${s.seasonHint}` : null, episodeCount(s)].filter(Boolean).join(' · ')}
            {contentRating && (
              <span className="content-rating" title="Content rating (tvshow.nfo)" data-testid="detail-content-rating">
                {contentRating}
              </span>
            )}
          </div>
          <div className="detail-path" title={s.path} data-testid="detail-path">
            {s.path}
          </div>
          {client.desktop && (
            <button className="btn btn-small" onClick={() => act(services, 'Opening the folder', () => client.call('series.openFolder', { id: s.id }))}>
              Open folder
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
