import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { artworkUrl } from '../lib/media-url';
import { initials, placeholderStyle } from '../lib/placeholder';
import { useServices } from '../state/context';

/** The widths of the core's two poster thumbnails, for the browser to choose by the screen's pixel density. */
const SMALL_THUMBNAIL_WIDTH = 180;
const THUMBNAIL_WIDTH = 340;

type Props = { summary: SeriesSummary } & ({ size: 'full' } | { size: 'thumbnail'; /** The card's width in CSS pixels. */ width: number });

/**
 * The series poster over its initials on a colour taken from the title. The image shows only
 * once it has loaded: a file that fails to load leaves the initials, never a broken-image icon or
 * a grey box. A poster the core found broken is not requested at all. The grid shows the core's
 * small thumbnail at the card's size times the screen's pixel density (decoding and scaling
 * thousands of larger posters while scrolling drops frames); the detail panel shows the poster itself.
 */
export function Poster(props: Props) {
  const { summary: s, size } = props;
  const { client } = useServices();
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const usable = s.hasPoster && !s.brokenArtwork?.includes('poster') && state !== 'failed';
  const thumbnail =
    size === 'thumbnail'
      ? {
          src: artworkUrl(s.id, 'poster-thumb', client.desktop),
          srcSet: `${artworkUrl(s.id, 'poster-thumb-small', client.desktop)} ${SMALL_THUMBNAIL_WIDTH}w, ${artworkUrl(s.id, 'poster-thumb', client.desktop)} ${THUMBNAIL_WIDTH}w`,
          sizes: `${props.width}px`,
        }
      : { src: artworkUrl(s.id, 'poster', client.desktop) };
  return (
    <>
      {/* Hidden under a loaded image, it would still be painted (a gradient and blurred text) in every scrolled frame. */}
      {state !== 'loaded' && (
        <div className="poster-placeholder" style={placeholderStyle(s.title)} aria-hidden="true">
          <span>{initials(s.title)}</span>
        </div>
      )}
      {usable && (
        <img
          className={state === 'loaded' ? 'poster-img' : 'poster-img poster-img-loading'}
          {...thumbnail}
          alt=""
          loading="lazy"
          decoding="async"
          draggable={false}
          data-testid="poster-img"
          onLoad={() => setState('loaded')}
          onError={() => setState('failed')}
        />
      )}
    </>
  );
}
