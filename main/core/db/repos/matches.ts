import { chunks } from '../../../../shared/chunks';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ErrorInfo, MatchCandidate, ProviderIds, SeriesMatch } from '../../../../shared/types';
import { EXTRA_KIND_LIST } from '../../../../shared/extra-kinds';
import type { Database, MatchRow, NewMatch } from '../schema';
import { countAllSeries, countAwaySeries } from './series-counts';
import { refreshSeriesNameKeys } from './series-name-keys';

export type MatchWrite = Omit<NewMatch, 'id' | 'series_id' | 'season' | 'updated_at'>;

/**
 * Writes the match of a series and, unless `seasons` is null, replaces its season matches with
 * these, in one transaction: a reader never sees a new match without its seasons (the episode
 * list queue would fetch a list for the series without them, and place no season but the first).
 */
export async function saveMatches(
  db: Kysely<Database>,
  seriesId: number,
  main: MatchWrite,
  seasons: ReadonlyArray<{ season: number; match: MatchWrite }> | null,
  nowIso: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // A refresh asked for stays asked until it is done: the identification it starts writes here first.
    const asked = await trx.selectFrom('matches').select('refresh_asked_at').where('series_id', '=', seriesId).where('season', 'is', null).executeTakeFirst();
    const gone = trx.deleteFrom('matches').where('series_id', '=', seriesId);
    await (seasons === null ? gone.where('season', 'is', null) : gone).execute();
    // One insert per row: the rows set different columns, and SQLite has no DEFAULT in VALUES.
    for (const r of [{ season: null, match: { refresh_asked_at: asked?.refresh_asked_at ?? null, ...main } }, ...(seasons ?? [])]) {
      await trx.insertInto('matches').values({ ...r.match, series_id: seriesId, season: r.season, updated_at: nowIso }).execute();
    }
    // The matched entry's titles are searched too.
    await refreshSeriesNameKeys(trx, seriesId);
  });
}

export async function getMatchRows(db: Kysely<Database>, seriesId: number): Promise<MatchRow[]> {
  return db.selectFrom('matches').selectAll().where('series_id', '=', seriesId).orderBy('season').execute();
}

/** The `match` shape of `show --json`, or null before the series was identified. */
export async function getSeriesMatch(db: Kysely<Database>, seriesId: number): Promise<SeriesMatch | null> {
  const rows = await getMatchRows(db, seriesId);
  const main = rows.find((r) => r.season === null);
  if (!main) return null;
  const seasons = rows.filter((r) => r.season !== null).map((r) => ({ season: r.season!, ...toMatch(r) }));
  return { ...toMatch(main), ...(seasons.length > 0 ? { seasons } : {}) };
}

/** Match state per series, for cards and the "Needs review" filter. */
export async function matchStates(db: Kysely<Database>, seriesIds: readonly number[]): Promise<Map<number, SeriesMatch['state']>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db.selectFrom('matches').select(['series_id', 'state']).where('season', 'is', null).where('series_id', 'in', [...seriesIds]).execute();
  return new Map(rows.map((r) => [r.series_id, r.state]));
}

export async function countMatchStates(db: Kysely<Database>): Promise<Record<SeriesMatch['state'], number>> {
  const rows = await db.selectFrom('matches').select(['state', db.fn.countAll<number>().as('n')]).where('season', 'is', null).groupBy('state').execute();
  const counts = { matched: 0, needs_review: 0, unmatched: 0, waiting: 0 };
  for (const r of rows) counts[r.state] = Number(r.n);
  return counts;
}

export function toMatch(row: MatchRow): SeriesMatch {
  return {
    state: row.state,
    provider: row.provider,
    id: row.provider_id,
    score: row.score,
    source: row.source,
    candidates: parse<MatchCandidate[]>(row.candidates, []),
    locked: row.locked === 1,
    crossIds: parse<Record<string, string>>(row.cross_ids, {}),
    reason: row.error ? parse<ErrorInfo | null>(row.error, null) : null,
    ...(row.refresh_asked_at !== null ? { refreshAsked: true } : {}),
  };
}

function parse<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** The series' own match state as a column (`match_state`) of a query on `series`. */
export function matchStateColumn(eb: ExpressionBuilder<Database, 'series'>) {
  return eb.selectFrom('matches').select('matches.state').whereRef('matches.series_id', '=', 'series.id').where('matches.season', 'is', null).as('match_state');
}

/**
 * Counts for the network queue's status: present series, those settled (not waiting), those
 * waiting. Only present series count on every side: an offline or missing series keeps its match
 * but is not identified meanwhile ("0 of 2 identified · 4 waiting" was the sum of both).
 */
export async function identificationCounts(db: Kysely<Database>): Promise<{ total: number; settled: number; waiting: number }> {
  // All minus away: two index reads, where "state = 'present'" read every series row.
  const total = (await countAllSeries(db)) - (await countAwaySeries(db));
  const byState = await db
    .selectFrom('matches')
    .innerJoin('series', 'series.id', 'matches.series_id')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb('matches.state', '=', 'waiting').as('waiting')])
    .where('matches.season', 'is', null)
    .where('series.state', '=', 'present')
    .groupBy('waiting')
    .execute();
  const count = (waiting: boolean) => Number(byState.find((r) => Boolean(r.waiting) === waiting)?.n ?? 0);
  return { total, settled: count(false), waiting: count(true) };
}

/**
 * Series the identify queue may take next, in id order: present, their NFO read, and either
 * never identified or waiting (offline, rate-limited) since before `retryBeforeIso`. With `among`,
 * only those series are looked at (primary-key lookups, whatever the library's size).
 */
export async function seriesToIdentify(db: Kysely<Database>, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
  if (among?.length === 0) return [];
  const rows = await db
    .selectFrom('series as s')
    .$if(among !== undefined, (q) => q.where('s.id', 'in', among!))
    .leftJoin('matches as m', (join) => join.onRef('m.series_id', '=', 's.id').on('m.season', 'is', null))
    .select('s.id')
    .where('s.state', '=', 'present')
    .where('s.nfo_loaded', '=', 1)
    .where((eb) => eb.or([eb('m.id', 'is', null), eb.and([eb('m.state', '=', 'waiting'), eb('m.updated_at', '<=', retryBeforeIso)])]))
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Series matched to an AniList entry without a TMDB show, whose TMDB was never asked for one (the
 * match was made while it could not be), or whose last ask had to wait before `retryBeforeIso`.
 */
export async function seriesNeedingCompanion(db: Kysely<Database>, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
  if (among?.length === 0) return [];
  const rows = await presentMatchedSeries(db, among)
    .where('m.provider', '=', 'anilist')
    .where('m.companion_asked', '=', 0)
    .where(sql<string>`coalesce(json_extract(m.cross_ids, '$.tmdb'), '')`, '=', '')
    .where((eb) => eb.or([eb('m.error', 'is', null), eb('m.updated_at', '<=', retryBeforeIso)]))
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The ids of present series (`s`) matched as a whole (`m`, their series-level match), or only those
 * of `among`: where the network queue's follow-up work (companion show, artwork) is looked for.
 */
export function presentMatchedSeries(db: Kysely<Database>, among?: readonly number[]) {
  return db
    .selectFrom('series as s')
    .$if(among !== undefined, (q) => q.where('s.id', 'in', among!))
    .innerJoin('matches as m', (join) => join.onRef('m.series_id', '=', 's.id').on('m.season', 'is', null))
    .select('s.id')
    .where('s.state', '=', 'present')
    .where('m.state', '=', 'matched');
}

/** TMDB answered for the match's companion show: its cross ids with the show's id, or as they were when it has none. */
export async function recordCompanionAsked(db: Kysely<Database>, matchId: number, crossIds: ProviderIds | null): Promise<void> {
  await db
    .updateTable('matches')
    .set({ companion_asked: 1, error: null, ...(crossIds ? { cross_ids: JSON.stringify(crossIds) } : {}) })
    .where('id', '=', matchId)
    .execute();
}

/**
 * The follow-up work of a series' match (its companion show, a refresh asked for) could not ask
 * its provider now (offline, rate-limited): the match keeps the reason, and the network queue
 * takes the work again once `updated_at` is older than its wait.
 */
export async function recordMatchWait(db: Kysely<Database>, seriesId: number, reason: string, nowIso: string): Promise<void> {
  await db.updateTable('matches').set({ error: reason, updated_at: nowIso }).where('series_id', '=', seriesId).where('season', 'is', null).execute();
}

/**
 * "Refresh from provider" for every matched series, or for those of `among` that are matched: the
 * network queue takes each one's tvshow.nfo fields from its match again, at the providers' pace.
 * The number of series asked for.
 */
export async function askProviderRefresh(db: Kysely<Database>, nowIso: string, among?: readonly number[]): Promise<number> {
  const ask = () => db.updateTable('matches').set({ refresh_asked_at: nowIso }).where('season', 'is', null).where('state', '=', 'matched');
  if (among === undefined) return Number((await ask().executeTakeFirst()).numUpdatedRows);
  let asked = 0;
  for (const batch of chunks(among, 500)) asked += Number((await ask().where('series_id', 'in', batch).executeTakeFirst()).numUpdatedRows);
  return asked;
}

/**
 * Present matched series whose refresh was asked for, in id order; one whose last try had to wait
 * for the network (its match's error) is taken again after `retryBeforeIso`.
 */
export async function seriesToRefresh(db: Kysely<Database>, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
  if (among?.length === 0) return [];
  const only = among === undefined ? sql`` : sql`AND m.series_id IN (${sql.join(among)})`;
  const rows = await sql<{ id: number }>`
    SELECT m.series_id AS id FROM ${refreshAsked} WHERE ${presentMatchedAsked} ${only}
      AND (m.error IS NULL OR m.updated_at <= ${retryBeforeIso})
    ORDER BY m.series_id LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** When the series' refresh was asked for, or null when none is. */
export async function refreshAskedAt(db: Kysely<Database>, seriesId: number): Promise<string | null> {
  const row = await db.selectFrom('matches').select('refresh_asked_at').where('series_id', '=', seriesId).where('season', 'is', null).executeTakeFirst();
  return row?.refresh_asked_at ?? null;
}

/** The refresh asked for at `askedAt` is done (an ask made since stays). */
export async function finishProviderRefresh(db: Kysely<Database>, seriesId: number, askedAt: string): Promise<void> {
  await db.updateTable('matches').set({ refresh_asked_at: null, error: null }).where('series_id', '=', seriesId).where('season', 'is', null).where('refresh_asked_at', '=', askedAt).execute();
}

/** Present series whose refresh from the provider is still to do. */
export async function countRefreshAsked(db: Kysely<Database>): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM ${refreshAsked} WHERE ${presentMatchedAsked}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

// Read through the partial index of the asks (usually empty): by cost alone SQLite picks the
// index of match states, which holds every matched series.
const refreshAsked = sql`matches AS m INDEXED BY matches_refresh_asked JOIN series AS s ON s.id = m.series_id`;
const presentMatchedAsked = sql`m.refresh_asked_at IS NOT NULL AND m.season IS NULL AND m.state = 'matched' AND s.state = 'present'`;

/** Keeps a match as it is and records why it could not be refreshed. */
export async function setMatchError(db: Kysely<Database>, matchId: number, reason: string): Promise<void> {
  await db.updateTable('matches').set({ error: reason }).where('id', '=', matchId).execute();
}

/** A series matched to a show that another series is matched to as well. */
export interface ShowMember {
  seriesId: number;
  /** The matched entry, as "provider:id". */
  show: string;
  seasonHint: number | null;
  /** The regular seasons its files hold (a file without one is season 1). */
  seasons: readonly number[];
  /** Whether a file of it is a special (an opening or another extra is none). */
  holdsSpecials: boolean;
}

/**
 * The series matched as a whole to a show that another series is matched to as well (season packs
 * of one show in folders of their own, the same show in two library folders), with the season
 * each one's folder name says and the regular seasons and specials its files hold.
 */
export async function listSharedShowMembers(db: Kysely<Database>): Promise<ShowMember[]> {
  // A file without a season is season 1; an opening, a trailer or another extra is no special.
  const rows = await sql<{ series_id: number; show: string; season_hint: number | null; seasons: string | null; holds_specials: number }>`
    WITH main AS (
      SELECT series_id, provider || ':' || provider_id AS show FROM matches
      WHERE season IS NULL AND state = 'matched' AND provider IS NOT NULL AND provider_id IS NOT NULL
    ), shared AS (SELECT show FROM main GROUP BY show HAVING count(*) > 1)
    SELECT m.series_id, m.show, s.season_hint,
      (SELECT json_group_array(DISTINCT IFNULL(e.season, 1)) FROM episodes e WHERE e.series_id = m.series_id AND e.special = 0) AS seasons,
      EXISTS (SELECT 1 FROM episodes e WHERE e.series_id = m.series_id AND e.special = 1
        AND (e.special_kind IS NULL OR e.special_kind NOT IN (${sql.join(EXTRA_KIND_LIST.map((k) => sql.lit(k)))}))) AS holds_specials
    FROM main m JOIN shared USING (show) JOIN series s ON s.id = m.series_id
    ORDER BY m.series_id`.execute(db);
  return rows.rows.map((r) => ({ seriesId: r.series_id, show: r.show, seasonHint: r.season_hint, seasons: JSON.parse(r.seasons ?? '[]') as number[], holdsSpecials: r.holds_specials === 1 }));
}
