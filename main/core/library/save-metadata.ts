import type { Kysely } from 'kysely';
import type { SeriesDetail, SeriesMetadata } from '../../../shared/types';
import type { Database } from '../db/schema';
import type { ChangeFeed } from '../events/change-feed';
import { getSeriesDetail, requireSeriesRow } from './series-repo';

export interface SaveMetadataDeps {
  db: Kysely<Database>;
  now: () => Date;
  feed: ChangeFeed;
}

/** Saves what the user edited to the database. */
export async function saveSeriesMetadata(deps: SaveMetadataDeps, id: number, fields: Partial<SeriesMetadata>): Promise<SeriesDetail> {
  const row = await requireSeriesRow(deps.db, id);
  const providerIds = fields.providerIds ?? JSON.parse(row.provider_ids);
  await deps.db
    .updateTable('series')
    .set({
      title: fields.title ?? row.title,
      original_title: fields.originalTitle === undefined ? row.original_title : fields.originalTitle,
      sort_title: fields.sortTitle === undefined ? row.sort_title : fields.sortTitle,
      year: fields.year === undefined ? row.year : fields.year,
      provider_ids: JSON.stringify(providerIds),
      updated_at: deps.now().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  deps.feed.series(id);
  return getSeriesDetail(deps.db, id);
}
