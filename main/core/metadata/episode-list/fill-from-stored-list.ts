import type { Db } from '../../db/handle';
import { fillEpisodeNfos } from '../../loader/stages/episode-nfos';
import type { MetadataService } from '../service';

/**
 * What an episode list just stored fills in, whether the queue fetched it or the user asked: the
 * episode NFOs Anishelf wrote from file names get the provider's titles, plots and dates, and
 * tvshow.nfo the cast and season names the list brought where it has none.
 */
export async function fillFromStoredList(db: Db, metadata: MetadataService, seriesId: number, now: () => Date, signal?: AbortSignal): Promise<void> {
  await fillEpisodeNfos(db, seriesId, now, signal);
  await metadata.fillFromList(seriesId, signal);
}
