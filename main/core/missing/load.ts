import type { Db } from '../db/handle';
import { listEpisodeFileNumbers, listSeriesHeads } from '../db/repos/episode-files';
import { listNotWanted } from '../db/repos/not-wanted';
import { listEpisodeLists, listExpectedEpisodeFacts } from '../db/repos/provider-episodes';
import { getGlobalShowSpecials, listSeriesShowSpecials } from '../db/repos/series-settings';
import type { SeriesScope } from '../db/repos/series-scope';
import type { FileNumbers, MissingInput, SharedShow, StoredEpisodes } from './types';

const NO_EPISODES: StoredEpisodes = [];
const NO_FILES: FileNumbers = { paths: [], numbers: [] };

export interface SeriesHead {
  id: number;
  title: string;
  path: string;
}

/**
 * The inputs of the series in `scope` (one, a range of ids, or all) in a few reads grouped in
 * memory: the library as recorded, never its folders. `shares` are the series that share their
 * show with others (see shared-show.ts).
 */
export async function loadMissingInputs(db: Db, shares: ReadonlyMap<number, SharedShow>, scope?: SeriesScope): Promise<Array<{ head: SeriesHead; input: MissingInput }>> {
  const [heads, lists, episodes, files, marks, own, global] = await Promise.all([
    listSeriesHeads(db, scope),
    listEpisodeLists(db, scope),
    listExpectedEpisodeFacts(db, scope),
    listEpisodeFileNumbers(db, scope),
    listNotWanted(db, scope),
    listSeriesShowSpecials(db, scope),
    getGlobalShowSpecials(db),
  ]);
  const inputs = new Map<number, { head: SeriesHead; input: MissingInput & { lists: MissingInput['lists'][number][]; notWanted: MissingInput['notWanted'][number][] } }>();
  for (const head of heads) {
    const input = { seriesPath: head.path, sharedShow: shares.get(head.id) ?? null, lists: [], episodes: episodes.get(head.id) ?? NO_EPISODES, files: files.get(head.id) ?? NO_FILES, notWanted: [], showSpecials: own.get(head.id) ?? global };
    inputs.set(head.id, { head, input });
  }
  for (const l of lists) inputs.get(l.series_id)?.input.lists.push(l);
  for (const m of marks) inputs.get(m.seriesId)?.input.notWanted.push(m);
  return [...inputs.values()];
}
