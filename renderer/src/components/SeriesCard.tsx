import { memo } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { badgeFor } from '../lib/badge';
import type { ImagePreloader } from '../lib/image-preloader';
import { CardPoster } from './CardPoster';
import { LoadingBadge } from './LoadingBadge';
import { MissingMark } from './MissingMark';
import { episodeCount } from '../lib/episode-count';
import type { PickKeys } from '../lib/selection';

const MATCH_LABELS = { matched: 'matched', needs_review: 'review needed', unmatched: 'unmatched' } as const;
const MATCH_TITLES = {
  matched: 'Identified online',
  needs_review: 'Several entries fit: open the series and choose in Identify',
  unmatched: 'No online entry found: open the series and search in Identify',
} as const;

interface Props {
  summary: SeriesSummary;
  /** Tells this series apart from others with the same title (its folder or root). */
  note: string | undefined;
  index: number;
  focusable: boolean;
  posterHeight: number;
  /** The row's poster sheet (thumbnails for this card's size on this screen) and this card's cell in it; none without a poster. */
  sheetUrl: string | undefined;
  sheetSlot: number;
  sheetCells: number;
  /** The grid's image loader, which loads the sheets and says when one is there. */
  images: Pick<ImagePreloader, 'isReady' | 'watch'>;
  onOpen: (id: number) => void;
  onFocusCard: (index: number) => void;
  /** While selecting, a click adds or takes away the card instead of opening it. */
  selecting: boolean;
  selected: boolean;
  onPick: (id: number, keys: PickKeys) => void;
}

function MatchState({ state }: { state: keyof typeof MATCH_LABELS }) {
  return (
    <span className={`match-state match-${state}`} data-testid="match-state" title={MATCH_TITLES[state]}>
      {MATCH_LABELS[state]}
    </span>
  );
}

function missingArtwork(s: SeriesSummary): string[] {
  return [!s.hasPoster && 'poster', !s.hasLogo && 'logo', !s.hasFanart && 'fanart'].filter((x): x is string => Boolean(x));
}

export const SeriesCard = memo(function SeriesCard({ summary: s, note, index, focusable, posterHeight, sheetUrl, sheetSlot, sheetCells, images, onOpen, onFocusCard, selecting, selected, onPick }: Props) {
  // Media marks mean something only once the loader has looked.
  const checked = s.loadingStatus === 'completed';
  const missingArt = checked ? missingArtwork(s) : [];
  const broken = s.brokenArtwork ?? [];
  const meta = [note, s.year, episodeCount(s)].filter(Boolean).join(' · ');
  // The name a screen reader says: title, what tells it apart, and its status.
  const label = [s.title, note, badgeFor(s).label, broken.includes('poster') ? 'poster broken' : null, selected ? 'selected' : null].filter(Boolean).join(', ');
  return (
    <article
      className={`card${s.loadingStatus === 'failed' ? ' card-failed' : ''}${selected ? ' card-selected' : ''}`}
      role="listitem"
      data-testid="series-card"
      data-series-id={s.id}
      data-match-state={s.matchState ?? undefined}
      data-index={index}
      data-selected={selected || undefined}
      tabIndex={focusable ? 0 : -1}
      aria-label={label}
      onClick={(e) => {
        onFocusCard(index);
        const toggle = e.ctrlKey || e.metaKey;
        if (selecting || toggle || e.shiftKey) onPick(s.id, { toggle: toggle || (selecting && !e.shiftKey), range: e.shiftKey });
        else onOpen(s.id);
      }}
      // Shift+click picks a range of cards, not a range of text.
      onMouseDown={(e) => e.shiftKey && e.preventDefault()}
      onFocus={() => onFocusCard(index)}
    >
      <div className="card-poster" style={{ height: posterHeight }}>
        <CardPoster key={sheetUrl ?? ''} title={s.title} sheetUrl={sheetUrl} slot={sheetSlot} cells={sheetCells} images={images} />
        <LoadingBadge summary={s} />
        {selecting && <span className="card-check" aria-hidden="true" />}
        {(missingArt.length > 0 || (checked && !s.hasNfo) || broken.length > 0) && (
          <div className="card-marks">
            {broken.length > 0 && (
              <span className="mark mark-broken" title={`Broken artwork (not a readable image): ${broken.join(', ')}`} data-testid="mark-broken">
                {broken.includes('poster') ? 'POSTER!' : 'ART!'}
              </span>
            )}
            {checked && !s.hasNfo && (
              <span className="mark" title="No tvshow.nfo" data-testid="mark-nfo">
                NFO
              </span>
            )}
            {missingArt.length > 0 && (
              <span className="mark" title={`Missing artwork: ${missingArt.join(', ')}`} data-testid="mark-artwork">
                ART
              </span>
            )}
          </div>
        )}
      </div>
      <div className="card-info">
        <div className="card-title" title={s.title} data-testid="card-title">
          {s.title}
        </div>
        <div className="card-meta">
          <span className="card-meta-text" title={meta}>{meta}</span>
          {/* The one line holds what to act on: a match to review, else missing episodes, else "matched". */}
          {(s.matchState === 'needs_review' || s.matchState === 'unmatched') && <MatchState state={s.matchState} />}
          <MissingMark seriesId={s.id} otherwise={s.matchState === 'matched' ? <MatchState state="matched" /> : null} />
        </div>
      </div>
    </article>
  );
});
