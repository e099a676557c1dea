import type { Db } from '../db/handle';
import { OneAtATime } from '../util/one-at-a-time';

// One tvshow.nfo write at a time per series. Each writer reads the file (and what the database
// holds) and then writes: the identification's match, the cast the episode list brings, and the
// user's Save. Run together, the later one wrote over what the earlier one had just written, or
// the Save failed with "changed while saving" because of Anishelf's own write.
const writesBySeries = new WeakMap<Db, OneAtATime<number>>();

/** Runs `write` once no other tvshow.nfo write of the series is running (in the order asked). */
export function oneTvshowNfoWriteAtATime<T>(db: Db, seriesId: number, write: () => Promise<T>): Promise<T> {
  let writes = writesBySeries.get(db);
  if (!writes) writesBySeries.set(db, (writes = new OneAtATime()));
  return writes.run(seriesId, write);
}
