import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';
import { presentMatchedSeries } from './matches';

/** Which providers can be asked now: switched on, and TMDB with a key. */
export interface AskableProviders {
  tmdb: boolean;
  anilist: boolean;
}

/**
 * The entries of the match the artwork can be asked of now, each as `matchKey` spells it
 * ("anilist:154587", "tmdb:1396", an AniList match's TMDB show "tmdb:209867"); NULL where the
 * match has no such entry or its provider cannot be asked now.
 */
function askableEntries(sources: AskableProviders): RawBuilder<string | null>[] {
  const anilist = sources.anilist ? sql<string | null>`case when m.provider = 'anilist' then 'anilist:' || m.provider_id end` : sql<null>`null`;
  const tmdb = sources.tmdb ? sql<string | null>`case when m.provider = 'tmdb' then 'tmdb:' || m.provider_id end` : sql<null>`null`;
  const companion = sources.tmdb ? sql<string | null>`case when m.provider = 'anilist' then 'tmdb:' || nullif(json_extract(m.cross_ids, '$.tmdb'), '') end` : sql<null>`null`;
  return [anilist, tmdb, companion];
}

/**
 * Whether an entry that can be asked now is not among those the last fetch asked (its recorded
 * key, entries joined by "+"). One asked before but not askable now (a TMDB key removed) does
 * not count: the artwork is not fetched again for having fewer sources.
 */
function asksSomethingNew(sources: AskableProviders): RawBuilder<boolean> {
  const unasked = askableEntries(sources).map((entry) => sql`(${entry} is not null and instr('+' || s.artwork_fetched_for || '+', '+' || ${entry} || '+') = 0)`);
  return sql<boolean>`(${sql.join(unasked, sql` or `)})`;
}

/**
 * Series whose missing artwork the network queue may fetch next, in id order: present, their
 * disk stages done (presence known), matched, and with an entry that can be asked now and was not
 * asked yet — or the last attempt had to wait (offline, rate-limited) and was before `retryBeforeIso`.
 * With `among`, only those series are looked at.
 */
export async function seriesNeedingArtwork(db: Kysely<Database>, sources: AskableProviders, retryBeforeIso: string, limit: number, among?: readonly number[]): Promise<number[]> {
  if (among?.length === 0) return [];
  const rows = await presentMatchedSeries(db, among)
    .where('s.images_loaded', '=', 1)
    .where('m.provider_id', 'is not', null)
    .where((eb) => eb.or([eb('s.artwork_fetched_for', 'is', null), asksSomethingNew(sources)]))
    .where((eb) => eb.or([eb('s.artwork_error', 'is', null), eb('s.artwork_fetched_at', 'is', null), eb('s.artwork_fetched_at', '<=', retryBeforeIso)]))
    .orderBy('s.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
