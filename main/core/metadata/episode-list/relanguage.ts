import type { SeriesMatch } from '../../../../shared/types';
import { listEpisodeLists } from '../../db/repos/provider-episodes';
import { isProviderError } from '../http/errors';
import { fetchEpisodeLists, type FetchListsDeps } from './fetch-lists';

/**
 * Before a refresh from the provider writes tvshow.nfo: the stored episode lists of an AniList
 * match are made again in the title language set now, from the cached answers, so the season
 * names each list gives ("Yuukaku-hen", "Entertainment District Arc") follow a change of title
 * language as the title does. TMDB names its seasons in the show's own answer; a series with no
 * list yet gets one from the list queue, in the language set then. A provider that cannot answer
 * leaves the lists as they are.
 */
export async function relanguageEpisodeLists(deps: FetchListsDeps, seriesId: number, match: SeriesMatch, signal?: AbortSignal): Promise<void> {
  if (match.state !== 'matched' || match.provider !== 'anilist') return;
  if ((await listEpisodeLists(deps.db, seriesId)).length === 0) return;
  try {
    await fetchEpisodeLists(deps, seriesId, signal ? { signal } : {});
  } catch (err) {
    if (!isProviderError(err)) throw err;
    signal?.throwIfAborted();
  }
}
