import type { DbOrTx } from '../handle';

/** How many series the library holds (read from the smallest index, not the rows). */
export async function countAllSeries(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Series whose folder cannot be reached (offline) or is gone (missing). */
export async function countAwaySeries(db: DbOrTx): Promise<number> {
  // Written as the partial index series_away says it, so SQLite reads that index alone.
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('state', '!=', 'present').executeTakeFirstOrThrow();
  return Number(row.n);
}
