import { getSeriesMatch } from '../db/repos/matches';
import type { EpisodeSummary, ErrorInfo, SeriesDetail, SeriesMetadata, SeriesSummary } from '../../../shared/types';
import type { Db } from '../db/handle';
import { inTransaction } from '../db/handle';
import { listEpisodes } from '../db/repos/episodes';
import { entryCast } from '../db/repos/provider-episodes';
import { forgetKeptOutBelow, keepOut } from '../db/repos/kept-out-folders';
import { deleteRootIfEmpty, findRootAt, getRoot } from '../db/repos/roots';
import { deleteSeries, getSeriesRowByPath, requireSeriesRow, requireSeriesRowWithMatch } from '../db/repos/series';
import type { SeriesRow } from '../db/schema';
import { AnishelfError } from '../errors';
import { storedPathsOf } from '../media/given-path';
import { stackPartOf } from '../nfo/episode-fields';
import { toSeriesSummary } from './summary';

/** A series by id ("12") or by folder path (relative, or through a link), as the CLI accepts either. */
export async function findSeries(db: Db, idOrPath: string): Promise<SeriesRow> {
  if (/^\d+$/.test(idOrPath)) return requireSeriesRow(db, Number(idOrPath));
  if (idOrPath.trim() === '') throw new AnishelfError('SERIES_NOT_FOUND', 'Give a series: its id (see `anishelf list`) or its folder path.');
  const candidates = await storedPathsOf(idOrPath);
  for (const candidate of candidates) {
    const row = await getSeriesRowByPath(db, candidate);
    if (row) return row;
  }
  for (const candidate of candidates) {
    if (await findRootAt(db, candidate)) {
      throw new AnishelfError('SERIES_NOT_FOUND', `${idOrPath} is a library folder, not one series: \`anishelf rescan\` looks through it, \`anishelf remove-folder\` takes it out of the library.`);
    }
  }
  throw new AnishelfError('SERIES_NOT_FOUND', `${idOrPath} is not a series in the library (give its id or its folder path).`);
}

/** The public shape of the series given by id or folder path. */
export async function resolveSeriesSummary(db: Db, idOrPath: string): Promise<SeriesSummary> {
  return toSeriesSummary(await requireSeriesRowWithMatch(db, (await findSeries(db, idOrPath)).id));
}

export async function getSeriesDetail(db: Db, id: number): Promise<SeriesDetail> {
  const row = await requireSeriesRowWithMatch(db, id);
  const match = await getSeriesMatch(db, id);
  const episodes = (await listEpisodes(db, id)).map(
    (e): EpisodeSummary => ({
      path: e.path,
      season: e.season,
      episodes: JSON.parse(e.episodes),
      absolute: JSON.parse(e.absolute),
      special: e.special === 1,
      specialKind: e.special_kind,
      version: e.version,
      title: e.title,
      part: stackPartOf(e.parsed),
    }),
  );
  return {
    ...toSeriesSummary(row),
    episodes,
    metadata: toMetadata(row),
    nfo: { state: row.nfo_state, problems: JSON.parse(row.nfo_problems) },
    duplicates: findDuplicates(episodes),
    unplaced: episodes.filter((e) => e.episodes.length === 0 && e.absolute.length === 0 && !e.special).map((e) => e.path),
    unreadable: JSON.parse(row.unreadable_paths),
    episodeNfoProblem: row.episode_nfo_problem ? (JSON.parse(row.episode_nfo_problem) as ErrorInfo) : null,
    match,
    seasonNames: JSON.parse(row.nfo_named_seasons) as Record<number, string>,
    contentRating: row.mpaa,
    cast: match?.state === 'matched' && match.provider && match.id ? ((await entryCast(db, id, match.provider, match.id)) ?? []).map((a) => ({ name: a.name, role: a.role })) : [],
  };
}

export function toMetadata(row: SeriesRow): SeriesMetadata {
  return {
    title: row.title,
    originalTitle: row.original_title,
    sortTitle: row.sort_title,
    year: row.year,
    plot: row.plot,
    genres: JSON.parse(row.genres),
    providerIds: JSON.parse(row.provider_ids),
    locked: row.locked === 1,
  };
}

/**
 * Files that hold the same episode (a v1 beside a v2, two releases of one episode). Specials and
 * extras are numbered on their own, per kind: "OVA 1" is never the same as episode 1 or "NCOP 1".
 * The parts of one split episode ("- part1", "- part2") are one copy of it, not two.
 */
export function findDuplicates(episodes: readonly EpisodeSummary[]): string[][] {
  const byNumber = new Map<string, EpisodeSummary[]>();
  for (const e of episodes) {
    const space = e.special ? `special:${e.specialKind ?? ''}:${e.season ?? 'x'}` : `${e.season ?? 'x'}`;
    const numbers = e.episodes.length > 0 ? e.episodes.map((n) => `${space}:${n}`) : e.absolute.map((n) => `${e.special ? space : 'abs'}:abs${n}`);
    for (const key of numbers) byNumber.set(key, [...(byNumber.get(key) ?? []), e]);
  }
  const groups = new Map<string, string[]>();
  for (const files of byNumber.values()) {
    if (files.length < 2 || arePartsOfOne(files)) continue;
    const paths = files.map((e) => e.path);
    groups.set(paths.join('\n'), paths);
  }
  return [...groups.values()];
}

/** Every file a part, no part twice: one episode split into several files. */
function arePartsOfOne(files: readonly EpisodeSummary[]): boolean {
  const parts = new Set<number>();
  for (const e of files) {
    if (e.part === null || e.part === undefined || parts.has(e.part)) return false;
    parts.add(e.part);
  }
  return true;
}

/**
 * Removes a series from the library: rows only, never a file. With `keepOut` (the user removed
 * it), looking through its library folder again leaves its folder out (kept-out-folders.ts).
 */
export async function removeSeries(db: Db, id: number, options: { keepOut?: { nowIso: string } } = {}): Promise<SeriesSummary> {
  const row = await requireSeriesRowWithMatch(db, id);
  await inTransaction(db, async (trx) => {
    await deleteSeries(trx, id);
    if (row.root_id === null) return;
    const root = await getRoot(trx, row.root_id);
    if (!root) return;
    // A root added as this one series, or whose last series this was, has nothing left to stand
    // for. Kept out only while its library folder stays: added again after it left, it comes back whole.
    if (await deleteRootIfEmpty(trx, root.id)) await forgetKeptOutBelow(trx, root.path);
    else if (options.keepOut) await keepOut(trx, row.path, options.keepOut.nowIso);
  });
  return toSeriesSummary(row);
}
