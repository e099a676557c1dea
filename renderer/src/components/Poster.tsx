import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { artworkUrl, artworkVersionOf } from '../lib/media-url';
import { initials, placeholderStyle } from '../lib/placeholder';
import type { PosterThumbnailKind } from '../lib/poster-thumbnail';
import { useServices } from '../state/context';

/**
 * The series poster over its initials on a colour taken from the title. The image shows only
 * once it has loaded: a file that fails to load leaves the initials, never a broken-image icon or
 * a grey box. A poster the core found broken is not requested at all. The grid shows one of the
 * core's small thumbnails, about the card's size in screen pixels (decoding and scaling thousands
 * of larger posters while scrolling drops frames); the detail panel shows the poster itself.
 */
export function Poster({ summary: s, image, isReady }: { summary: SeriesSummary; image: 'poster' | PosterThumbnailKind; isReady?: (url: string) => boolean }) {
  const { client } = useServices();
  const src = artworkUrl(s.id, image, client.desktop, artworkVersionOf(s.artworkVersions, image));
  // An image loaded and decoded ahead (the grid's preloader) is shown at once, without the initials.
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>(() => (isReady?.(src) ? 'loaded' : 'loading'));
  const usable = s.hasPoster && !s.brokenArtwork?.includes('poster') && state !== 'failed';
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
          src={src}
          alt=""
          // Not lazy: the grid renders only the rows in view and a few around them, most posters
          // are loaded ahead already, and lazy loading adds an intersection check per image to
          // every scrolled frame.
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
