import type { SeriesDetail, SeriesSummary } from '../../../shared/types';

export function MediaChecklist({ summary: s, detail }: { summary: SeriesSummary; detail: SeriesDetail | null }) {
  const nfoState = detail?.nfo?.state;
  const nfoProblems = detail?.nfo?.problems ?? [];
  // A missing tvshow.nfo with a problem is one Anishelf could not write (a read-only share).
  const notWritten = nfoState === 'missing' && nfoProblems.length > 0;
  // Present but not a readable image (its header names no image type or size).
  const broken = (kind: 'poster' | 'logo' | 'fanart') => (s.brokenArtwork?.includes(kind) ? { note: 'broken' } : {});
  const items: Array<{ key: string; label: string; found: boolean; note?: string }> = [
    { key: 'poster', label: 'Poster', found: s.hasPoster, ...broken('poster') },
    { key: 'logo', label: 'Logo', found: s.hasLogo, ...broken('logo') },
    { key: 'fanart', label: 'Fanart', found: s.hasFanart, ...broken('fanart') },
    { key: 'nfo', label: 'tvshow.nfo', found: s.hasNfo, ...(nfoState === 'invalid' ? { note: 'invalid' } : notWritten ? { note: 'not written' } : {}) },
  ];
  const checked = s.loadingStatus === 'completed';
  return (
    <section className="detail-section" aria-labelledby="media-heading">
      <h3 id="media-heading">Media</h3>
      <ul className="checklist" data-testid="media-checklist">
        {items.map((item) => (
          <li key={item.key} className={item.found && !item.note ? 'found' : 'missing'} data-media={item.key} data-found={item.found} data-state={item.note ?? (item.found ? 'found' : 'missing')}>
            <span className="check-icon" aria-hidden="true">
              {item.found && !item.note ? '✓' : item.note ? '!' : '–'}
            </span>
            {item.label}
            <span className="muted">{item.note ?? (item.found ? 'found' : checked ? 'missing' : 'not checked yet')}</span>
          </li>
        ))}
      </ul>
      {(nfoState === 'invalid' || notWritten) && (
        <div className="problems" data-testid="nfo-problems">
          <h4>{notWritten ? 'Why there is no tvshow.nfo' : 'NFO problems'}</h4>
          <ul>
            {nfoProblems.map((p, i) => (
              <li key={i}>
                <strong>{p.code}</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {detail?.episodeNfoProblem && (
        <div className="problems" data-testid="episode-nfo-problem">
          <h4>Episode NFOs not written</h4>
          <p>
            <strong>{detail.episodeNfoProblem.code}</strong> {detail.episodeNfoProblem.message}
          </p>
        </div>
      )}
    </section>
  );
}
