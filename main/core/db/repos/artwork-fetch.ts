import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

/** The match's key as `matchKey` spells it: provider:id, and +tmdb:<id> for an AniList match with its TMDB show. */
const MATCH_KEY = sql<string>`m.provider || ':' || m.provider_id || coalesce(case when m.provider = 'anilist' then '+tmdb:' || nullif(json_extract(m.cross_ids, '$.tmdb'), '') end, '')`;

/**
 * Series whose missing artwork the network queue may fetch next, in id order: present, their
 * disk stages done (presence known), matched, and not fetched for this match yet — or the last
 * attempt had to wait (offline, rate-limited) and was before `retryBeforeIso`. With `among`, only
 * those series are looked at.
 */
export async function seriesNeedingArtwork(db: Kysely<Database>, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
  if (among?.length === 0) return [];
  const rows = await db
    .selectFrom('series as s')
    .$if(among !== undefined, (q) => q.where('s.id', 'in', among!))
    .innerJoin('matches as m', (join) => join.onRef('m.series_id', '=', 's.id').on('m.season', 'is', null))
    .select('s.id')
    .where('s.state', '=', 'present')
    .where('s.images_loaded', '=', 1)
    .where('m.state', '=', 'matched')
    .where('m.provider_id', 'is not', null)
    .where((eb) => eb.or([eb('s.artwork_fetched_for', 'is', null), eb('s.artwork_fetched_for', '!=', MATCH_KEY)]))
    .where((eb) => eb.or([eb('s.artwork_error', 'is', null), eb('s.artwork_fetched_at', 'is', null), eb('s.artwork_fetched_at', '<=', retryBeforeIso)]))
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
