import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';

/** Which providers can be asked now: switched on, and TMDB with a key. */
export interface ArtworkSources {
  tmdb: boolean;
  anilist: boolean;
}

/**
 * The match's key as `matchKey` spells it for these sources: its entries joined by "+", each
 * "provider:id" (an AniList match's TMDB show after its own entry), leaving out the providers that
 * cannot be asked now. `'+' || NULL` is NULL, so a left-out entry leaves no separator behind.
 */
function matchKeySql(sources: ArtworkSources): RawBuilder<string> {
  const anilist = sources.anilist ? sql`case when m.provider = 'anilist' then 'anilist:' || m.provider_id end` : sql`null`;
  const tmdb = sources.tmdb ? sql`case when m.provider = 'tmdb' then 'tmdb:' || m.provider_id end` : sql`null`;
  const companion = sources.tmdb ? sql`case when m.provider = 'anilist' then 'tmdb:' || nullif(json_extract(m.cross_ids, '$.tmdb'), '') end` : sql`null`;
  return sql<string>`ltrim(coalesce('+' || ${anilist}, '') || coalesce('+' || ${tmdb}, '') || coalesce('+' || ${companion}, ''), '+')`;
}

/**
 * Series whose missing artwork the network queue may fetch next, in id order: present, their
 * disk stages done (presence known), matched, and not fetched for this match from these sources
 * yet — or the last attempt had to wait (offline, rate-limited) and was before `retryBeforeIso`.
 * With `among`, only those series are looked at.
 */
export async function seriesNeedingArtwork(db: Kysely<Database>, sources: ArtworkSources, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
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
    .where((eb) => eb.or([eb('s.artwork_fetched_for', 'is', null), eb('s.artwork_fetched_for', '!=', matchKeySql(sources))]))
    .where((eb) => eb.or([eb('s.artwork_error', 'is', null), eb('s.artwork_fetched_at', 'is', null), eb('s.artwork_fetched_at', '<=', retryBeforeIso)]))
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
