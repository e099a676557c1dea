import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { insertRows, updateById } from './compiled-writes';
import { insertSeries } from './repos/series';
import type { NewSeries } from './schema';
import { insertRootAndSeries } from './testing/seed';

async function seriesDatabase() {
  const opened = await testDatabase();
  const { seriesId } = await insertRootAndSeries(opened.db, { path: '/lib/Show', title: 'Show' });
  return { ...opened, seriesId };
}

const episodesOf = (opened: Awaited<ReturnType<typeof seriesDatabase>>) =>
  opened.db.selectFrom('episodes').select(['path', 'size', 'mtime_ms', 'season', 'episode', 'episodes', 'special', 'title']).orderBy('path').execute();

test('rows inserted from one statement text read back as written, with defaults where a value is undefined', async () => {
  const opened = await seriesDatabase();
  const row = (n: number) => ({ series_id: opened.seriesId, path: `/lib/Show/${n}.mkv`, size: n * 10, mtime_ms: 1000 + n, season: 1, episode: n, episodes: `[${n}]`, special: undefined, title: `It's "${n}"` });
  await insertRows(opened.db, 'episodes', [row(1), row(2)]);
  // A second insert of the same shape reuses the text; a third of another count makes its own.
  await insertRows(opened.db, 'episodes', [row(3), row(4)]);
  await insertRows(opened.db, 'episodes', [row(5)]);
  const rows = await episodesOf(opened);
  expect(rows).toHaveLength(5);
  expect(rows[2]).toEqual({ path: '/lib/Show/3.mkv', size: 30, mtime_ms: 1003, season: 1, episode: 3, episodes: '[3]', special: 0, title: `It's "3"` });
  await opened.close();
});

test('rows with different columns, or with an expression, go through the query builder and still land whole', async () => {
  const opened = await seriesDatabase();
  const base = { series_id: opened.seriesId, size: 1, mtime_ms: 1 };
  await insertRows(opened.db, 'episodes', [
    { ...base, path: '/lib/Show/a.mkv', title: 'A' },
    { ...base, path: '/lib/Show/b.mkv', season: 2 },
  ]);
  await insertRows(opened.db, 'episodes', [{ ...base, path: '/lib/Show/c.mkv', title: sql<string>`upper('c')` }]);
  const rows = await episodesOf(opened);
  expect(rows.map((r) => [r.path, r.title, r.season])).toEqual([
    ['/lib/Show/a.mkv', 'A', null],
    ['/lib/Show/b.mkv', null, 2],
    ['/lib/Show/c.mkv', 'C', null],
  ]);
  await opened.close();
});

test('an update sets only the columns with a value, on the one row named', async () => {
  const opened = await seriesDatabase();
  const [other] = await insertSeries(opened.db, [{ path: '/lib/Other', folder_name: 'Other', title: 'Other', provider_ids: '{}', added_at: 't', updated_at: 't' } as NewSeries]);
  await updateById(opened.db, 'series', opened.seriesId, { title: 'Renamed; DROP TABLE series', year: 2024, plot: undefined });
  await updateById(opened.db, 'series', opened.seriesId, { year: 2025 });
  const rows = await opened.db.selectFrom('series').select(['id', 'title', 'year', 'plot']).orderBy('id').execute();
  expect(rows).toEqual([
    { id: opened.seriesId, title: 'Renamed; DROP TABLE series', year: 2025, plot: null },
    { id: other!.id, title: 'Other', year: null, plot: null },
  ]);
  await opened.close();
});

test('an update with an expression goes through the query builder; one with nothing to set fails as before', async () => {
  const opened = await seriesDatabase();
  await updateById(opened.db, 'series', opened.seriesId, { title: sql<string>`title || ' (TV)'` });
  expect((await opened.db.selectFrom('series').select('title').executeTakeFirstOrThrow()).title).toBe('Show (TV)');
  await expect(updateById(opened.db, 'series', opened.seriesId, { plot: undefined })).rejects.toThrow();
  await opened.close();
});
