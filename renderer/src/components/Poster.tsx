import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { artworkUrl } from '../lib/media-url';
import { initials, placeholderStyle } from '../lib/placeholder';
import { useServices } from '../state/context';

/**
 * The series poster over its initials on a colour taken from the title. The image shows only
 * once it has loaded: a file that fails to load leaves the initials, never a broken-image icon or
 * a grey box. A poster the core found broken is not requested at all. The grid shows the core's
 * small thumbnail (decoding thousands of full-size posters while scrolling drops frames); the
 * detail panel shows the poster itself.
 */
export function Poster({ summary: s, size }: { summary: SeriesSummary; size: 'thumbnail' | 'full' }) {
  const { client } = useServices();
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const usable = s.hasPoster && !s.brokenArtwork?.includes('poster') && state !== 'failed';
  return (
    <>
      <div className="poster-placeholder" style={placeholderStyle(s.title)} aria-hidden="true">
        <span>{initials(s.title)}</span>
      </div>
      {usable && (
        <img
          className={state === 'loaded' ? 'poster-img' : 'poster-img poster-img-loading'}
          src={artworkUrl(s.id, size === 'thumbnail' ? 'poster-thumb' : 'poster', client.desktop)}
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
