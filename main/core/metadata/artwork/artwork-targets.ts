import path from 'node:path';
import type { WrittenKind } from '../../db/repos/written-files';
import { MEDIA_FILENAMES } from '../../media/names';
import type { ArtworkCandidate, ArtworkKind, ProviderArtwork } from './provider-artwork';

/** One file Anishelf may write: its Kodi name, the names that already count as it, what to fill it with. */
export interface ArtworkTarget {
  kind: ArtworkKind | 'season-poster';
  written: WrittenKind;
  /** The name Anishelf writes (poster.jpg, clearlogo.png, season02-poster.jpg). */
  name: string;
  type: 'jpg' | 'png';
  /** Lower-case names that already provide this artwork (folder.jpg counts as the poster). */
  accepted: readonly string[];
  candidates: ArtworkCandidate[];
  season: number | null;
}

const SINGLE: ReadonlyArray<{ kind: ArtworkKind; written: WrittenKind; name: string; accepted: readonly string[] }> = [
  { kind: 'poster', written: 'poster', name: 'poster.jpg', accepted: MEDIA_FILENAMES.poster },
  { kind: 'fanart', written: 'fanart', name: 'fanart.jpg', accepted: MEDIA_FILENAMES.fanart },
  { kind: 'logo', written: 'clearlogo', name: 'clearlogo.png', accepted: MEDIA_FILENAMES.logo },
  { kind: 'banner', written: 'banner', name: 'banner.jpg', accepted: ['banner.jpg', 'banner.png'] },
];

/** Every file to consider for a series, in the order they are fetched. */
export function artworkTargets(art: ProviderArtwork): ArtworkTarget[] {
  const out: ArtworkTarget[] = SINGLE.map((s) => ({ ...s, type: typeOf(s.name), candidates: art.kinds[s.kind], season: null }));
  for (const [season, candidates] of [...art.seasons].sort((a, b) => a[0] - b[0])) {
    const nn = String(season).padStart(2, '0');
    out.push({ kind: 'season-poster', written: 'season-poster', name: `season${nn}-poster.jpg`, type: 'jpg', accepted: [`season${nn}-poster.jpg`, `season${nn}-poster.png`], candidates, season });
  }
  return out;
}

/** The file already providing `target` in a folder listing, in its own spelling, or null. */
export function existingFile(folder: string, names: readonly string[], target: ArtworkTarget): string | null {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  for (const accepted of target.accepted) {
    const actual = byLower.get(accepted);
    if (actual !== undefined) return path.join(folder, actual);
  }
  return null;
}

function typeOf(name: string): 'jpg' | 'png' {
  return name.endsWith('.png') ? 'png' : 'jpg';
}
