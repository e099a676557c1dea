import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { tempDir } from '../testing/temp';
import { openDatabase } from './open';
import { matchStateColumn } from './repos/matches';
import { querySeries, SERIES_LIST_COLUMNS } from './repos/series';
import { selectRowsAsArrays } from './rows-as-arrays';
import { insertRootAndSeries } from './testing/seed';

test('the library list read as arrays gives every column as the object rows do, and leaves other statements as objects', async () => {
  const database = await openDatabase(tempDir());
  const { db } = database;
  try {
    const { seriesId } = await insertRootAndSeries(db, { path: '/lib/Alpha', title: 'Alpha' });
    const second = await db
      .insertInto('series')
      .values({
        root_id: (await db.selectFrom('library_roots').select('id').executeTakeFirstOrThrow()).id, path: '/lib/Beta', folder_name: 'Beta', title: 'Beta',
        provider_ids: '{}', has_nfo: 0, has_poster: 1, has_logo: 0, has_fanart: 1, video_count: 3, state: 'present', loading_status: 'completed',
        episodes_loaded: 1, nfo_loaded: 1, logo_loaded: 1, images_loaded: 1, added_at: 't2', updated_at: 't2',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Every list column holds a value of its own, so a column read from the wrong place shows.
    await db
      .updateTable('series')
      .set({
        year: 2011, video_count: 7, has_nfo: 1, has_poster: 0, has_logo: 1, has_fanart: 0, state: 'offline', loading_status: 'failed',
        loading_stage: 'nfo', loading_error_code: 'NFO_UNREADABLE', loading_error: 'cannot read', episodes_loaded: 1, nfo_loaded: 0,
        logo_loaded: 1, images_loaded: 0, broken_artwork: '["poster"]', artwork_versions: '{"poster":3}', season_hint: 2,
      })
      .where('id', '=', seriesId)
      .execute();
    await db.insertInto('matches').values({ series_id: seriesId, season: null, state: 'needs_review', provider: null, provider_id: null, score: null, source: null, error: null, updated_at: 't' }).execute();

    const asObjects = await db.selectFrom('series').select(SERIES_LIST_COLUMNS).select(matchStateColumn).orderBy('sort_key').orderBy('id').execute();
    expect(asObjects.map((r) => r.id)).toEqual([seriesId, second.id]);
    expect(await querySeries(db)).toEqual(asObjects);
    expect(asObjects[0]).toMatchObject({ year: 2011, loading_stage: 'nfo', season_hint: 2, match_state: 'needs_review' });

    // The marked statement is one of its own: the same query unmarked still gives objects.
    expect(await selectRowsAsArrays(db, db.selectFrom('series').select(['id', 'title']).orderBy('id'))).toEqual([[seriesId, 'Alpha'], [second.id, 'Beta']]);
    expect((await sql<{ id: number; title: string }>`select id, title from series order by id`.execute(db)).rows).toEqual([{ id: seriesId, title: 'Alpha' }, { id: second.id, title: 'Beta' }]);
    expect(await db.selectFrom('series').select(['id', 'title']).orderBy('id').execute()).toEqual([{ id: seriesId, title: 'Alpha' }, { id: second.id, title: 'Beta' }]);
  } finally {
    await database.close();
  }
});
