import type { Kysely } from 'kysely';

/**
 * A library folder and its series in a database at an older schema version, with only the
 * columns every version has; a test gives those of its version in each series' other values.
 * Returns the series' ids, in order.
 */
export async function addOldLibrary(db: Kysely<any>, series: ReadonlyArray<{ name: string } & Record<string, unknown>>): Promise<number[]> {
  const root = await db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const rows = series.map(({ name, ...values }) => ({ root_id: root.id, path: `/lib/${name}`, folder_name: name, title: name, provider_ids: '{}', added_at: 't', updated_at: 't', ...values }));
  const inserted = await db.insertInto('series').values(rows).returning('id').execute();
  return inserted.map((row: { id: number }) => row.id);
}

/** The series-level AniList match of `seriesId` (entry 1), with only the columns every version since 0008 has. */
export async function addOldMatch(db: Kysely<any>, seriesId: number): Promise<void> {
  await db.insertInto('matches').values({ series_id: seriesId, season: null, state: 'matched', provider: 'anilist', provider_id: '1', updated_at: 't' }).execute();
}
