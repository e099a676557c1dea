import { useEffect, useState } from 'react';
import type { ImagePreloader } from '../lib/image-preloader';
import { PosterPlaceholder } from './PosterPlaceholder';

interface Props {
  title: string;
  /** The card's row sheet and its cell in it; none when the series has no poster to show. */
  sheetUrl: string | undefined;
  slot: number;
  cells: number;
  /** The grid's image loader: it loads each row's sheet once, and says when it is there. */
  images: Pick<ImagePreloader, 'isReady' | 'watch'>;
}

/**
 * A card's poster: its cell of the row's poster sheet, drawn as the background of one box with
 * rounded corners of its own (no clip per card), over the initials until the sheet has loaded.
 * A card mounted with its sheet loaded already shows the poster from its first frame; a sheet that
 * fails to load leaves the initials, never a broken-image icon. (A poster the core could not make
 * a thumbnail of after its header check, a rare case, shows its cell's plain dark colour.)
 */
export function CardPoster({ title, sheetUrl, slot, cells, images }: Props) {
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>(() => (sheetUrl !== undefined && images.isReady(sheetUrl) ? 'loaded' : 'loading'));
  useEffect(() => {
    if (sheetUrl === undefined || state !== 'loading') return;
    return images.watch(sheetUrl, (loaded) => setState(loaded ? 'loaded' : 'failed'));
  }, [images, sheetUrl, state]);
  return (
    <>
      {/* Hidden under a loaded poster, it would still be painted (a gradient and blurred text) in every scrolled frame. */}
      {state !== 'loaded' && <PosterPlaceholder title={title} />}
      {sheetUrl !== undefined && state !== 'failed' && (
        <div
          className={state === 'loaded' ? 'poster-img' : 'poster-img poster-img-loading'}
          data-testid="poster-img"
          data-src={sheetUrl}
          data-slot={slot}
          data-cells={cells}
          style={{
            backgroundImage: `url("${sheetUrl}")`,
            backgroundSize: `${cells * 100}% 100%`,
            // A percentage lines the image's point up with the box's: cell `slot` of `cells` sits at slot / (cells − 1).
            backgroundPosition: cells > 1 ? `${(slot / (cells - 1)) * 100}% 0` : '0 0',
          }}
        />
      )}
    </>
  );
}
