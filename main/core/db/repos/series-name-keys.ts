import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { foldText, searchWords, titleSortKey } from '../../../../shared/fold-text';
import { yieldToEventLoop } from '../../util/yield';
import { inTransaction, type Db, type DbOrTx } from '../handle';
import type { Database, SeriesUpdate } from '../schema';
import { getSetting, setSetting } from './settings';

/**
 * The library's search and title sort, as Plex and Jellyfin have them: accents, letter width,
 * case and punctuation do not count. SQLite's LIKE and NOCASE fold ASCII letters only, so each
 * series keeps two keys made from its names: `search_key` (every name, folded) and `sort_key`.
 *
 * Search: each word of the search must occur in the key, in any order. "pokemon" finds "Pokémon"
 * (in either of the two ways a file system may spell its "é"), "kaguya sama" finds "Kaguya-sama
 * wa Kokurasetai", "spy family" finds "SPY×FAMILY".
 */

/** Raised when the keys are made differently: every stored key is made again when the library opens. */
const KEY_VERSION = 1;
const KEY_VERSION_SETTING = 'search.keyVersion';
const REFRESH_BATCH = 500;

export interface SeriesNames {
  title: string;
  sort_title?: string | null | undefined;
  original_title?: string | null | undefined;
  folder_name: string;
}

const NAME_COLUMNS = ['title', 'sort_title', 'original_title', 'folder_name'] as const;

/** Whether an update changes a name the keys are made from. */
export function changesNames(update: SeriesUpdate): boolean {
  return NAME_COLUMNS.some((column) => update[column] !== undefined);
}

/**
 * The search key is never empty, and padded so that a search word never spans two names.
 * `otherTitles` are the titles and synonyms of the online entry the series was matched to:
 * "attack on titan" finds the folder "Shingeki no Kyojin", as Shoko and Jellyfin search every
 * title of a show. The sort key follows the NFO's sort title where there is one.
 */
export function seriesNameKeys(names: SeriesNames, otherTitles: readonly string[] = []): { search_key: string; sort_key: string } {
  const all = new Set([names.title, names.original_title ?? '', names.folder_name, ...otherTitles].map(foldText));
  all.delete('');
  return { search_key: ` ${[...all].join(' | ')} `, sort_key: titleSortKey(names.sort_title || names.title) };
}

/** The series-level match's columns; all null where a series has no match (a left join). */
interface MatchColumns {
  state: string | null;
  provider: string | null;
  provider_id: string | null;
  candidates: string | null;
}

/** The titles of the entry a settled match chose; none before a match, or for an unsure one. */
function matchedTitles(match: MatchColumns | undefined): string[] {
  if (!match || match.state !== 'matched' || match.provider_id === null || match.candidates === null) return [];
  let candidates: { provider?: unknown; id?: unknown; title?: unknown; titles?: unknown }[];
  try {
    candidates = JSON.parse(match.candidates) as typeof candidates;
  } catch {
    return [];
  }
  const chosen = Array.isArray(candidates) ? candidates.find((c) => c?.provider === match.provider && c?.id === match.provider_id) : undefined;
  if (!chosen) return [];
  return [chosen.title, ...(Array.isArray(chosen.titles) ? chosen.titles : [])].filter((t): t is string => typeof t === 'string');
}

const MATCH_COLUMNS = ['matches.state', 'matches.provider', 'matches.provider_id', 'matches.candidates'] as const;

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The condition for a search typed by the user. A search of punctuation only ("!!!") folds to
 * nothing and is looked for as typed.
 */
export function seriesSearchCondition(eb: ExpressionBuilder<Database, 'series'>, search: string): Expression<SqlBool> {
  const words = searchWords(search);
  if (words.length === 0) {
    const pattern = `%${likeEscaped(search)}%`;
    return eb.or(['title', 'original_title', 'folder_name'].map((column) => eb(sql.ref(column), 'like', sql`${pattern} ESCAPE '\\'`)));
  }
  return eb.and(words.map((word) => eb(sql.ref('search_key'), 'like', sql`${`%${likeEscaped(word)}%`} ESCAPE '\\'`)));
}

/**
 * The keys of one series, made again from its stored names (after any of them or its match
 * changed). Every load of a series with a tvshow.nfo sets its names again, mostly to what they
 * were: unchanged keys are not written.
 */
export async function refreshSeriesNameKeys(db: DbOrTx, id: number): Promise<void> {
  const row = await seriesWithMatch(db).select(['series.search_key', 'series.sort_key']).where('series.id', '=', id).executeTakeFirst();
  if (!row) return;
  const keys = seriesNameKeys(row, matchedTitles(row));
  if (keys.search_key === row.search_key && keys.sort_key === row.sort_key) return;
  await db.updateTable('series').set(keys).where('id', '=', id).execute();
}

/** Series rows with the names the keys are made from and their series-level match. */
function seriesWithMatch(db: DbOrTx) {
  return db
    .selectFrom('series')
    .leftJoin('matches', (join) => join.onRef('matches.series_id', '=', 'series.id').on('matches.season', 'is', null))
    .select(['series.id', ...NAME_COLUMNS.map((c) => `series.${c}` as const), ...MATCH_COLUMNS]);
}

/**
 * Makes every series' keys when the library was last opened by a version that kept none (or
 * made them differently); a read of one setting otherwise. Batched, so a library of 10,000
 * series still lets the event loop run.
 */
export async function refreshNameKeysIfStale(db: Db): Promise<number> {
  if ((await getSetting(db, KEY_VERSION_SETTING, 0)) === KEY_VERSION) return 0;
  let after = 0;
  let made = 0;
  for (;;) {
    const rows = await seriesWithMatch(db).where('series.id', '>', after).orderBy('series.id').limit(REFRESH_BATCH).execute();
    if (rows.length === 0) break;
    await inTransaction(db, async (trx) => {
      for (const row of rows) await trx.updateTable('series').set(seriesNameKeys(row, matchedTitles(row))).where('id', '=', row.id).execute();
    });
    made += rows.length;
    after = rows[rows.length - 1]!.id;
    await yieldToEventLoop();
  }
  await setSetting(db, KEY_VERSION_SETTING, KEY_VERSION);
  return made;
}
