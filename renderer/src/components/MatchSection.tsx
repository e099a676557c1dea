import { useState } from 'react';
import type { SeriesDetail } from '../../../shared/types';
import { castText } from '../../../shared/cast-text';
import { IdentifyDialog } from './IdentifyDialog';

const STATE_TEXT = {
  matched: 'Identified',
  needs_review: 'Review needed: several entries fit',
  unmatched: 'Not identified',
  waiting: 'Waiting for the network',
} as const;

/** What online identification found for the series, and the way to choose another entry. */
export function MatchSection({ detail, onChanged }: { detail: SeriesDetail; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const match = detail.match;
  return (
    <section className="detail-section" aria-labelledby="match-heading" data-testid="match-section">
      <h3 id="match-heading">Online match</h3>
      <p data-testid="match-text" data-state={match?.state ?? 'none'}>
        {match ? STATE_TEXT[match.state] : 'Not identified yet'}
        {match?.state === 'matched' && match.provider && (
          <>
            {' · '}
            {match.provider === 'anilist' ? 'AniList' : 'TMDB'} {match.id}
            {match.source === 'user' ? ' · your choice (locked)' : ` · from ${match.source}`}
          </>
        )}
      </p>
      {detail.cast && detail.cast.length > 0 && (
        <p className="muted" data-testid="match-cast">
          Cast: {castText(detail.cast)}
        </p>
      )}
      <button className="btn btn-small" onClick={() => setOpen(true)} data-testid="open-identify">
        Identify…
      </button>
      {open && (
        <IdentifyDialog
          detail={detail}
          onClose={() => setOpen(false)}
          onPicked={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
