import type { Kysely } from 'kysely';

/**
 * A library root and one series in it, written with the columns every schema has: migration
 * tests seed an older schema with them (kysely's types are those of the newest one).
 */
export async function insertRootAndSeries(db: Kysely<any>, series: { path: string; title: string; providerIds?: string }): Promise<{ rootId: number; seriesId: number }> {
  const root = await db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const row = await db
    .insertInto('series')
    .values({ root_id: root.id, path: series.path, folder_name: series.title, title: series.title, provider_ids: series.providerIds ?? '{}', added_at: 't', updated_at: 't' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { rootId: root.id as number, seriesId: row.id as number };
}
