import { useState } from 'react';
import type { MatchCandidate } from '../../../shared/types';
import { remotePosterUrl } from '../lib/media-url';
import { useServices } from '../state/context';

/**
 * A candidate's poster, fetched by the core from the provider's image host (the page itself may
 * load no remote image), over the title's first letter: a poster that fails leaves the letter.
 */
export function CandidateThumb({ candidate }: { candidate: MatchCandidate }) {
  const { client } = useServices();
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  return (
    <span className="candidate-thumb" aria-hidden="true">
      {state !== 'loaded' && <span>{candidate.title.slice(0, 1)}</span>}
      {candidate.poster && state !== 'failed' && (
        <img
          className={state === 'loaded' ? 'candidate-poster' : 'candidate-poster candidate-poster-loading'}
          src={remotePosterUrl(candidate.poster, client.desktop)}
          alt=""
          loading="lazy"
          decoding="async"
          draggable={false}
          data-testid="candidate-poster"
          data-state={state}
          onLoad={() => setState('loaded')}
          onError={() => setState('failed')}
        />
      )}
    </span>
  );
}
