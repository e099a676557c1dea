import { sql, type Kysely } from 'kysely';
import type { LibraryFilter, LibrarySort } from '../../../shared/contract';
import type { SeriesSummary } from '../../../shared/types';
import type { Database } from '../db/schema';
import { toSeriesSummary } from './summary';

export interface LibraryQuery {
  search?: string | undefined;
  filter?: LibraryFilter | undefined;
  sort?: LibrarySort | undefined;
}

// Problems first when sorting by status: what needs the user's attention comes to the top.
const STATUS_ORDER = sql`CASE loading_status WHEN 'failed' THEN 0 WHEN 'loading' THEN 1 WHEN 'pending' THEN 2 WHEN 'cancelled' THEN 3 ELSE 4 END`;

/** The library view's query: search title / original title / folder, one filter, one sort. */
export async function querySeries(db: Kysely<Database>, query: LibraryQuery = {}): Promise<SeriesSummary[]> {
  let q = db.selectFrom('series').selectAll();
  const search = query.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`title`, 'like', sql`${pattern} ESCAPE '\\'`),
        eb(sql`original_title`, 'like', sql`${pattern} ESCAPE '\\'`),
        eb(sql`folder_name`, 'like', sql`${pattern} ESCAPE '\\'`),
      ]),
    );
  }
  switch (query.filter ?? 'all') {
    // An offline series shows (and counts) as offline only, whatever its loading status.
    case 'loading':
      q = q.where('loading_status', 'in', ['pending', 'loading']).where('state', '=', 'present');
      break;
    case 'failed':
      q = q.where('loading_status', '=', 'failed').where('state', '=', 'present');
      break;
    case 'missing-artwork':
      q = q.where((eb) => eb.or([eb('has_poster', '=', 0), eb('has_fanart', '=', 0), eb('has_logo', '=', 0), eb('broken_artwork', '!=', '[]')]));
      break;
    case 'missing-nfo':
      q = q.where('has_nfo', '=', 0);
      break;
    case 'offline':
      q = q.where('state', 'in', ['offline', 'missing']);
      break;
    case 'all':
      break;
  }
  const byTitle = sql`COALESCE(sort_title, title) COLLATE NOCASE`;
  switch (query.sort ?? 'title') {
    case 'added':
      q = q.orderBy('added_at', 'desc').orderBy('id', 'desc');
      break;
    case 'status':
      q = q.orderBy(STATUS_ORDER).orderBy(byTitle).orderBy('id');
      break;
    case 'title':
      q = q.orderBy(byTitle).orderBy('id');
      break;
  }
  return (await q.execute()).map(toSeriesSummary);
}
