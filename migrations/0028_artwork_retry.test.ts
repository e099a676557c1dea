import { expect, test } from 'vitest';
import { testDatabase } from '../main/core/testing/database';
import { addOldLibrary } from './testing/old-library';

test('0028 asks again for the artwork of series recorded as fetched with none of it on disk, and only those', async () => {
  const v27 = await testDatabase({ version: 27 });
  await addOldLibrary(v27.db, [
    { name: 'Bare', artwork_fetched_for: 'tmdb:1408', has_poster: 0 },
    { name: 'Dressed', artwork_fetched_for: 'tmdb:1396', has_poster: 1 },
    { name: 'Unmatched', artwork_fetched_for: null, has_poster: 0 },
  ]);
  await v27.close();

  const v28 = await testDatabase({ dataDir: v27.dataDir, version: 28 });
  try {
    expect(v28.sqlite.pragma('user_version', { simple: true })).toBe(28);
    const rows = await v28.db.selectFrom('series').select(['title', 'artwork_fetched_for']).orderBy('title').execute();
    expect(rows).toEqual([
      { title: 'Bare', artwork_fetched_for: null },
      { title: 'Dressed', artwork_fetched_for: 'tmdb:1396' },
      { title: 'Unmatched', artwork_fetched_for: null },
    ]);
  } finally {
    await v28.close();
  }
});
