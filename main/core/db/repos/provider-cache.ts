import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function getCached(db: Kysely<Database>, provider: string, key: string, nowMs: number): Promise<unknown | undefined> {
  const row = await db
    .selectFrom('provider_cache')
    .select('body')
    .where('provider', '=', provider)
    .where('key', '=', key)
    .where('expires_at_ms', '>', nowMs)
    .executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.body);
  } catch {
    return undefined;
  }
}

export async function putCached(db: Kysely<Database>, provider: string, key: string, body: unknown, nowMs: number, ttlMs: number): Promise<void> {
  const values = { provider, key, body: JSON.stringify(body), fetched_at_ms: nowMs, expires_at_ms: nowMs + ttlMs };
  await db
    .insertInto('provider_cache')
    .values(values)
    .onConflict((oc) => oc.columns(['provider', 'key']).doUpdateSet({ body: values.body, fetched_at_ms: values.fetched_at_ms, expires_at_ms: values.expires_at_ms }))
    .execute();
}

/** Drops answers past their time to live; returns how many. */
export async function pruneCache(db: Kysely<Database>, nowMs: number): Promise<number> {
  const result = await db.deleteFrom('provider_cache').where('expires_at_ms', '<=', nowMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}
