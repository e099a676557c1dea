import type { Db } from '../db/handle';
import { listEpisodeLists, listProviderEpisodes } from '../db/repos/provider-episodes';
import { providerTitle } from '../metadata/episode-list/placeholder-title';
import type { EpisodeFields } from '../nfo/merge-episode';
import { numberKey } from './coverage';
import { missingReports } from './library';

/** A provider's episode as an episode NFO is filled from it. */
export interface ProviderEpisodeDetails {
  season: number;
  episode: number;
  absolute: number | null;
  title: string | null;
  plot: string | null;
  aired: string | null;
  /** The provider's id of the episode, when it gives one (TMDB). */
  uniqueId: { type: string; value: string } | null;
  /** The provider's still of the episode (TMDB). */
  thumb: string | null;
}

/**
 * Per video file, the provider episodes it covers, placed through the season model exactly as
 * the missing-episodes computation places them (multi-episode files, absolute numbering along
 * the sequel chain, a file in another season's folder). Empty before the series has a list.
 */
export async function providerDetailsByFile(db: Db, seriesId: number): Promise<Map<string, ProviderEpisodeDetails[]>> {
  const out = new Map<string, ProviderEpisodeDetails[]>();
  // Most calls come from a first load, before any list: one cheap look, nothing computed.
  const lists = await listEpisodeLists(db, seriesId);
  if (lists.length === 0) return out;
  const providerOf = new Map(lists.map((l) => [l.id, l.provider]));
  // Coverage does not depend on the time: any clock gives the same files per episode.
  const [report] = await missingReports(db, 0, seriesId);
  if (!report?.missing.known) return out;
  const rows = new Map((await listProviderEpisodes(db, seriesId)).map((r) => [numberKey(r.season, r.episode), r]));
  for (const e of report.missing.episodes) {
    if (e.files.length === 0) continue;
    const row = rows.get(numberKey(e.season, e.episode));
    const provider = row ? providerOf.get(row.list_id) : undefined;
    const uniqueId = provider && row?.provider_episode_id ? { type: provider, value: row.provider_episode_id } : null;
    const details = { season: e.season, episode: e.episode, absolute: e.absolute, title: e.title ?? row?.title ?? null, plot: row?.plot ?? null, aired: e.airDate ?? row?.air_date ?? null, uniqueId, thumb: row?.still_url ?? null };
    for (const file of e.files) out.set(file, [...(out.get(file) ?? []), details]);
  }
  return out;
}

/**
 * The name's `<episodedetails>` with the provider's title, plot, air date and episode id where
 * one covers it: the numbers stay those of the name (what Kodi pairs the file with), the rest
 * is filled.
 */
export function withProviderDetails(fields: readonly EpisodeFields[], details: readonly ProviderEpisodeDetails[] | undefined): EpisodeFields[] {
  if (!details || details.length === 0) return [...fields];
  return fields.map((f, i) => {
    const d =
      details.find((x) => x.season === f.season && x.episode === f.episode) ??
      details.find((x) => x.absolute === f.episode && f.season <= 1) ??
      (fields.length === details.length ? details[i] : undefined);
    if (!d) return f;
    // Lists stored before placeholders were dropped may still hold "Episode 3": the name's title wins.
    const title = providerTitle(d.title);
    return { ...f, ...(title ? { title } : {}), ...(d.plot ? { plot: d.plot } : {}), ...(d.aired ? { aired: d.aired } : {}), ...(d.uniqueId ? { uniqueId: d.uniqueId } : {}), ...(d.thumb ? { thumb: d.thumb } : {}) };
  });
}
