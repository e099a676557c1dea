import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { artworkUrl } from '../lib/media-url';
import { initials, placeholderStyle } from '../lib/placeholder';
import { useServices } from '../state/context';

/** The series poster, or its initials on a colour taken from the title. */
export function Poster({ summary: s }: { summary: SeriesSummary }) {
  const { client } = useServices();
  const [broken, setBroken] = useState(false);
  if (s.hasPoster && !broken) {
    return <img className="poster-img" src={artworkUrl(s.id, 'poster', client.desktop)} alt="" loading="lazy" decoding="async" draggable={false} onError={() => setBroken(true)} />;
  }
  return (
    <div className="poster-placeholder" style={placeholderStyle(s.title)} aria-hidden="true">
      <span>{initials(s.title)}</span>
    </div>
  );
}
