import { afterEach, expect, test } from 'vitest';
import { newSeriesRow } from '../../library/add';
import { testDatabase } from '../../testing/database';
import type { OpenDatabase } from '../open';
import { listSharedShowMembers, saveMatches } from './matches';

let opened: OpenDatabase | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

test("each folder of a show matched more than once gives the seasons it holds and whether it holds a special; an opening is none", async () => {
  opened = await testDatabase();
  const { db } = opened;
  const root = await db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = async (name: string, showId: string) => {
    const row = await db.insertInto('series').values(newSeriesRow(`/lib/${name}`, root.id, 't')).returning('id').executeTakeFirstOrThrow();
    await saveMatches(db, row.id, { state: 'matched', provider: 'tmdb', provider_id: showId, score: 1, source: 'search', error: null }, null, 't');
    return row.id;
  };
  const file = (seriesId: number, name: string, season: number | null, special: 0 | 1, kind: string | null) =>
    db.insertInto('episodes').values({ series_id: seriesId, path: `/lib/${name}`, size: 1, mtime_ms: 1, season, episode: 1, episodes: '[1]', absolute: '[]', special, title: null, version: null, special_kind: kind, nfo_path: null }).execute();

  const pack1 = await series('Show.S01', '1396');
  const pack2 = await series('Show.S02', '1396');
  const alone = await series('Other Show', '60059');
  await file(pack1, 'Show.S01/e1.mkv', null, 0, null);
  await file(pack1, 'Show.S01/NCOP.mkv', null, 1, 'ncop');
  await file(pack2, 'Show.S02/e1.mkv', 2, 0, null);
  await file(pack2, 'Show.S02/S00E01.mkv', 0, 1, null);
  await file(alone, 'Other Show/S00E01.mkv', 0, 1, null);

  expect(await listSharedShowMembers(db)).toEqual([
    { seriesId: pack1, show: 'tmdb:1396', seasonHint: 1, seasons: [1], holdsSpecials: false },
    { seriesId: pack2, show: 'tmdb:1396', seasonHint: 2, seasons: [2], holdsSpecials: true },
  ]);
});
