import { expect, test } from 'vitest';
import { testDatabase } from '../main/core/testing/database';

// Schema 0 is an empty file; migrating it must give tables that hold and guard real rows.
test('0001 creates the library tables with their invariants', async () => {
  const { db, close } = await testDatabase({ version: 1 });
  const root = await db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/Frieren', folder_name: 'Frieren', title: 'Frieren', provider_ids: '{}', added_at: 't', updated_at: 't' } as never)
    .returning(['id', 'loading_status', 'state', 'episodes_loaded'])
    .executeTakeFirstOrThrow();
  expect(series).toMatchObject({ loading_status: 'pending', state: 'present', episodes_loaded: 0 });

  await db.insertInto('episodes').values({ series_id: series.id, path: '/lib/Frieren/01.mkv', size: 1, mtime_ms: 1, episodes: '[1]', absolute: '[]', special: 0 } as never).execute();
  const job = { kind: 'load', series_id: series.id, state: 'queued' as const, created_at: 't', updated_at: 't' };
  await db.insertInto('jobs').values(job as never).execute();
  await expect(db.insertInto('jobs').values(job as never).execute()).rejects.toThrow(/UNIQUE/);
  await db.updateTable('jobs').set({ state: 'done' }).execute();
  await db.insertInto('jobs').values(job as never).execute(); // a finished job does not block a new one

  await expect(
    db.insertInto('series').values({ path: '/lib/Frieren', folder_name: 'x', title: 'x', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).execute(),
  ).rejects.toThrow(/UNIQUE/);
  await expect(db.updateTable('series').set({ loading_status: 'bogus' as never }).execute()).rejects.toThrow(/CHECK/);

  // Removing a root removes its rows (never files), cascading to episodes and jobs.
  await db.deleteFrom('library_roots').execute();
  for (const table of ['series', 'episodes', 'jobs'] as const) {
    expect(await db.selectFrom(table).select('id').execute()).toEqual([]);
  }
  await close();
});
