import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { artworkUrl } from '../lib/media-url';
import { hasUsablePoster } from '../lib/poster-sheet';
import { useServices } from '../state/context';
import { PosterPlaceholder } from './PosterPlaceholder';

/**
 * The series poster itself (the detail panel), over its initials on a colour taken from the
 * title. The image shows only once it has loaded: a file that fails to load leaves the initials,
 * never a broken-image icon or a grey box. A poster the core found broken is not requested at
 * all. The grid's cards show their row's poster sheet instead (see CardPoster).
 */
export function Poster({ summary: s }: { summary: SeriesSummary }) {
  const { client } = useServices();
  const src = artworkUrl(s.id, 'poster', client.desktop, s.artworkVersions?.poster);
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  return (
    <>
      {state !== 'loaded' && <PosterPlaceholder title={s.title} />}
      {hasUsablePoster(s) && state !== 'failed' && (
        <img
          className={state === 'loaded' ? 'poster-img' : 'poster-img poster-img-loading'}
          src={src}
          alt=""
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
