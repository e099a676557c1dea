import type { SeriesUpdate } from '../../db/schema';
import type { NfoReadResult } from '../../nfo';

/**
 * The series columns a readable tvshow.nfo sets: what Anishelf shows of the show and what it
 * knows the file already says (filling never replaces it). Read by the nfo stage, and after
 * Anishelf writes the file, so the row says what the file says. `providerIds`: the row's JSON,
 * which the file's ids join.
 */
export function seriesColumnsFromNfo(providerIds: string, nfo: NfoReadResult): SeriesUpdate {
  const ids = { ...JSON.parse(providerIds), ...nfo.episodeGuide, ...nfo.uniqueIds };
  const columns: SeriesUpdate = { provider_ids: JSON.stringify(ids), locked: nfo.locked ? 1 : 0 };
  if (nfo.kind === 'url-only') return columns;
  const year = nfo.year ?? (nfo.premiered ? Number(nfo.premiered.slice(0, 4)) : null);
  return {
    ...columns,
    ...(nfo.title ? { title: nfo.title } : {}),
    original_title: nfo.originalTitle,
    sort_title: nfo.sortTitle,
    ...(year ? { year } : {}),
    plot: nfo.plot,
    premiered: nfo.premiered,
    show_status: nfo.status,
    mpaa: nfo.mpaa,
    genres: JSON.stringify(nfo.genres),
    studios: JSON.stringify(nfo.studios),
    ratings: JSON.stringify(nfo.ratings),
    nfo_actors: nfo.actors.length,
    nfo_named_seasons: JSON.stringify(nfo.namedSeasons),
  };
}
