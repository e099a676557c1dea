import { sql } from 'kysely';
import { inTransaction, type Db, type DbOrTx } from '../handle';
import type { NewProviderEpisode, NewProviderList, ProviderEpisodeRow, ProviderListRow } from '../schema';
import type { NfoActor } from '../../nfo/types';
import { chunks } from '../../../../shared/chunks';
import { scopeBounds, type SeriesScope } from './series-scope';

export type EpisodeListInput = Omit<NewProviderList, 'id'>;
export type ProviderEpisodeInput = Omit<NewProviderEpisode, 'id' | 'list_id' | 'series_id'>;

// 14 columns a row: 500 rows stay far below SQLite's bound-parameter limit.
const INSERT_CHUNK = 500;

/**
 * Stores one provider entry's episode list for a series, replacing the previous one in one
 * transaction: a refresh never leaves half a list behind. Returns the list's id.
 */
export async function saveEpisodeList(db: Db, list: EpisodeListInput, episodes: readonly ProviderEpisodeInput[]): Promise<number> {
  return inTransaction(db, async (trx) => {
    const { series_id, provider, provider_id, ...facts } = list;
    const row = await trx
      .insertInto('provider_lists')
      .values(list)
      .onConflict((oc) => oc.columns(['series_id', 'provider', 'provider_id']).doUpdateSet(facts))
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('provider_episodes').where('list_id', '=', row.id).execute();
    for (const part of chunks(episodes, INSERT_CHUNK)) {
      await trx
        .insertInto('provider_episodes')
        .values(part.map((e) => ({ ...e, list_id: row.id, series_id })))
        .execute();
    }
    return row.id;
  });
}

export async function removeEpisodeList(db: DbOrTx, seriesId: number, provider: ProviderListRow['provider'], providerId: string): Promise<void> {
  await db.deleteFrom('provider_lists').where('series_id', '=', seriesId).where('provider', '=', provider).where('provider_id', '=', providerId).execute();
}

/** Episode lists of one series, or of every series. */
export async function listEpisodeLists(db: DbOrTx, scope?: SeriesScope): Promise<ProviderListRow[]> {
  let query = db.selectFrom('provider_lists').selectAll();
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  return query.orderBy('series_id').orderBy('absolute_offset').orderBy('id').execute();
}

/** Expected episodes of one series, or of every series, in series then number order. */
export async function listProviderEpisodes(db: DbOrTx, seriesId?: number): Promise<ProviderEpisodeRow[]> {
  let query = db.selectFrom('provider_episodes').selectAll();
  if (seriesId !== undefined) query = query.where('series_id', '=', seriesId);
  return query.orderBy('series_id').orderBy('season').orderBy('episode').execute();
}

/** What the missing-episodes computation reads of an expected episode. */
export type ExpectedEpisodeFacts = Pick<ProviderEpisodeRow, 'list_id' | 'season' | 'episode' | 'absolute' | 'title' | 'air_date' | 'airs_at_ms' | 'runtime' | 'kind'>;

/**
 * A series' expected episodes packed flat, EXPECTED_STRIDE values an episode: list_id, season,
 * episode, absolute, title, air_date, airs_at_ms, runtime, kind. Read with `expectedEpisodeAt`
 * or by offset where a whole library goes through.
 */
export type PackedExpectedEpisodes = ReadonlyArray<number | string | null>;
export const EXPECTED_STRIDE = 9;
export const EXPECTED_AT = { list_id: 0, season: 1, episode: 2, absolute: 3, title: 4, air_date: 5, airs_at_ms: 6, runtime: 7, kind: 8 } as const;

export function expectedEpisodeAt(packed: PackedExpectedEpisodes, index: number): ExpectedEpisodeFacts {
  const at = index * EXPECTED_STRIDE;
  return {
    list_id: packed[at] as number,
    season: packed[at + 1] as number,
    episode: packed[at + 2] as number,
    absolute: packed[at + 3] as number | null,
    title: packed[at + 4] as string | null,
    air_date: packed[at + 5] as string | null,
    airs_at_ms: packed[at + 6] as number | null,
    runtime: packed[at + 7] as number | null,
    kind: packed[at + 8] as ProviderEpisodeRow['kind'],
  };
}

const PACKED_EPISODE = sql<string>`list_id || ',' || season || ',' || episode || ',' || ifnull(absolute, 'null') || ',' || json_quote(title) || ',' ||
  json_quote(air_date) || ',' || ifnull(airs_at_ms, 'null') || ',' || ifnull(runtime, 'null') || ',' || json_quote(kind)`;

/**
 * Expected episodes of every series (or a range), grouped by series, packed by SQLite into one
 * flat JSON array per series: over a whole library far cheaper than a row or an object each.
 */
export async function listExpectedEpisodeFacts(db: DbOrTx, scope?: SeriesScope): Promise<Map<number, PackedExpectedEpisodes>> {
  let query = db
    .selectFrom('provider_episodes')
    .select(['series_id', sql<string>`'[' || group_concat(${PACKED_EPISODE}, ',') || ']'`.as('episodes')])
    .groupBy('series_id');
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  const out = new Map<number, PackedExpectedEpisodes>();
  for (const row of await query.execute()) out.set(row.series_id, JSON.parse(row.episodes) as PackedExpectedEpisodes);
  return out;
}

/** Lists whose refresh time has come, soonest first. */
export async function listsDueForRefresh(db: DbOrTx, nowMs: number, limit = 100): Promise<ProviderListRow[]> {
  return db.selectFrom('provider_lists').selectAll().where('refresh_at_ms', '<=', nowMs).orderBy('refresh_at_ms').limit(limit).execute();
}

/** "Refresh now": the series' lists become due at once. */
export async function markListsDue(db: DbOrTx, seriesId: number, nowMs: number): Promise<number> {
  const result = await db.updateTable('provider_lists').set({ refresh_at_ms: nowMs }).where('series_id', '=', seriesId).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setRefreshAt(db: DbOrTx, listIds: readonly number[], refreshAtMs: number): Promise<void> {
  if (listIds.length === 0) return;
  await db.updateTable('provider_lists').set({ refresh_at_ms: refreshAtMs }).where('id', 'in', listIds).execute();
}

/**
 * "Refresh episode lists" for a selection: the stored lists of these series fall due now, and the
 * network queue asks their providers again. The number of series that hold a list.
 */
export async function makeListsDue(db: DbOrTx, seriesIds: readonly number[], nowMs: number): Promise<number> {
  const series = new Set<number>();
  for (const batch of chunks(seriesIds, 500)) {
    const rows = await db.updateTable('provider_lists').set({ refresh_at_ms: nowMs }).where('series_id', 'in', batch).returning('series_id').execute();
    for (const row of rows) series.add(row.series_id);
  }
  return series.size;
}

/**
 * Series whose episode lists the network queue should fetch, in id order: present series matched
 * to an entry they hold no list of yet (just identified, or identified again), then those with a
 * list due for refresh. `fresh` says whether the provider must be asked again (a due refresh).
 */
export async function seriesNeedingLists(db: DbOrTx, nowMs: number, limit: number): Promise<Array<{ seriesId: number; fresh: boolean }>> {
  const unfetched = await db
    .selectFrom('series as s')
    .innerJoin('matches as m', (join) => join.onRef('m.series_id', '=', 's.id').on('m.season', 'is', null))
    .select('s.id')
    .where('s.state', '=', 'present')
    .where('m.state', '=', 'matched')
    .where('m.provider', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('provider_lists as l').select('l.id').whereRef('l.series_id', '=', 's.id').whereRef('l.provider', '=', 'm.provider').whereRef('l.provider_id', '=', 'm.provider_id'))),
    )
    .orderBy('s.id')
    .limit(limit)
    .execute();
  const out = unfetched.map((r) => ({ seriesId: r.id, fresh: false }));
  if (out.length >= limit) return out;
  const due = await db
    .selectFrom('provider_lists')
    .select('series_id')
    .where('refresh_at_ms', '<=', nowMs)
    .groupBy('series_id')
    .orderBy(sql`min(refresh_at_ms)`)
    .limit(limit - out.length)
    .execute();
  const seen = new Set(out.map((o) => o.seriesId));
  for (const r of due) if (!seen.has(r.series_id)) out.push({ seriesId: r.series_id, fresh: true });
  return out;
}

/**
 * The cast stored with a provider entry's episode list, or null when that entry's list is not
 * stored yet or was fetched without it.
 */
export async function entryCast(db: DbOrTx, seriesId: number, provider: ProviderListRow['provider'], providerId: string): Promise<NfoActor[] | null> {
  const row = await db.selectFrom('provider_lists').select('actors').where('series_id', '=', seriesId).where('provider', '=', provider).where('provider_id', '=', providerId).executeTakeFirst();
  return row?.actors ? (JSON.parse(row.actors) as NfoActor[]) : null;
}

/**
 * The season names the series' stored lists from `provider` give, by season number: TMDB's
 * entry names its seasons itself; each AniList entry matched to a season of its own may name it.
 */
export async function storedSeasonNames(db: DbOrTx, seriesId: number, provider: ProviderListRow['provider']): Promise<Record<number, string>> {
  const rows = await db.selectFrom('provider_lists').select('season_names').where('series_id', '=', seriesId).where('provider', '=', provider).where('season_names', 'is not', null).execute();
  return Object.assign({}, ...rows.map((r) => JSON.parse(r.season_names!) as Record<number, string>));
}
