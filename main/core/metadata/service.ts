import type { Db } from '../db/handle';
import type { SettingsView } from '../../../shared/contract';
import type { MatchCandidate, ProviderRefreshResult, SeriesMatch } from '../../../shared/types';
import { AnishelfError } from '../errors';
import { DEFAULT_WORKERS, MAX_WORKERS, WORKERS_SETTING } from '../loader/worker-settings';
import { requireSeriesRow } from '../db/repos/series';
import { askProviderRefresh, finishProviderRefresh, recordMatchWait, refreshAskedAt } from '../db/repos/matches';
import { getSetting, setSetting } from '../db/repos/settings';
import type { AskableProviders } from '../db/repos/artwork-fetch';
import { loadMetadataConfig, parseOnOff, setMetadataSetting, tmdbKeySource } from './config';
import { WRITE_EPISODE_NFOS_SETTING, writeEpisodeNfosEnabled } from '../loader/stages/episode-nfos';
import { isProviderError } from './http/errors';
import type { ProviderHealth } from './http/provider-http';
import { identifySeries, saveUserPick, seekTmdbCompanion } from './identify-series';
import { aniListCandidates, tmdbCandidates } from './match/candidate';
import { folderQuery } from './match/folder-query';
import { fromAniList, toCandidates, type IdentifyResult } from './match/identify';
import { scoreCandidate } from './match/score';
import { ProviderSet } from './provider-set';
import { parseProviderRef } from './provider-ref';
import { listFillsNfo } from './fill-from-list';
import { writeSeriesNfo, type WriteSeriesNfoOptions } from './write-series-nfo';
import { relanguageEpisodeLists } from './episode-list/relanguage';
import type { Clock } from '../util/clock';
import type { WriteNfoOutcome } from './write-nfo';
import { fetchSeriesArtwork, type ArtworkFetchOutcome, type FetchMode, type SeriesArtworkDeps } from './artwork/series-artwork';
import { askableOf } from './artwork/provider-artwork';

/** The settings view: whether a TMDB key is set, never the key. */
export type MetadataSettingsView = SettingsView;

export interface IdentifyOutcome {
  match: SeriesMatch;
  nfo: WriteNfoOutcome | null;
}

const CONFIG_TTL_MS = 3000;

/** Online identification as the core offers it: identify, pick, search by hand, settings, status. */
export class MetadataService {
  private set: ProviderSet | null = null;
  private configReadAt = 0;

  constructor(
    private readonly db: Db,
    private readonly env: NodeJS.ProcessEnv,
    private readonly now: () => Date,
    private readonly clock?: Clock,
    /** Told when a series' match changed (the change feed, so cards and chips follow). */
    private readonly onChanged: (seriesId: number) => void = () => {},
  ) {}

  /** The provider set, its settings read again at most every few seconds (and after a change here). */
  async providers(): Promise<ProviderSet> {
    const now = Date.now();
    if (this.set && now - this.configReadAt < CONFIG_TTL_MS) return this.set;
    const config = await loadMetadataConfig(this.db, this.env);
    this.configReadAt = now;
    if (!this.set) this.set = new ProviderSet(this.db, config, this.clock);
    else this.set.configure(config);
    return this.set;
  }

  /** Whether any provider is switched on (read from the settings now). */
  async enabled(): Promise<boolean> {
    const { providers } = await this.providers();
    return providers.anilist !== null || providers.tmdb !== null;
  }

  /** The providers that can be asked now: a match's entry on one that cannot waits for it (artwork, companion show). */
  async askableProviders(): Promise<AskableProviders> {
    return askableOf((await this.providers()).providers);
  }

  health(): ProviderHealth[] {
    return this.set?.health() ?? [];
  }

  /**
   * Identifies the series (unless its pick is locked), then fills its tvshow.nfo from the match
   * (see WriteSeriesNfoOptions for `refresh` and `fresh`).
   */
  async identify(seriesId: number, options: WriteSeriesNfoOptions = {}): Promise<IdentifyOutcome> {
    const set = await this.providers();
    const deps = { db: this.db, providers: set.providers, now: this.now };
    const match = await identifySeries(deps, seriesId, options);
    if (options.refresh) await relanguageEpisodeLists({ ...deps, titleLanguage: set.config.titleLanguage }, seriesId, match, options.signal);
    const nfo = match.state === 'matched' ? await this.writeNfo(set, seriesId, options) : null;
    this.onChanged(seriesId);
    return { match, nfo };
  }

  /**
   * "Refresh from provider": identifies the series again (a locked pick stays) and takes every
   * tvshow.nfo field from the matched entry, asked of the provider now, in the title language set
   * now. A locked tvshow.nfo, or one that is no Kodi NFO, is left as it is.
   */
  async refreshFromProvider(seriesId: number): Promise<ProviderRefreshResult> {
    const { match, nfo } = await this.identify(seriesId, { refresh: true, fresh: true });
    if (nfo === null && match.state === 'waiting') return { match, nfo: 'error', ...(match.reason ? { message: match.reason.message } : {}) };
    if (nfo === null) return { match, nfo: 'unmatched' };
    if (nfo.written) return { match, nfo: 'written' };
    if (nfo.reason === 'unchanged' || nfo.reason === 'nothing-to-fill') return { match, nfo: 'unchanged' };
    if (nfo.reason === 'error') return { match, nfo: 'error', ...(nfo.message ? { message: nfo.message } : {}) };
    return { match, nfo: nfo.reason };
  }

  /**
   * "Refresh from provider" for every matched series (after a change of title language or rating
   * country), or for the matched ones among `ids` (a selection): the network queue works the asks
   * off at the providers' pace, across restarts. The number of series asked for.
   */
  async askRefresh(ids?: readonly number[]): Promise<number> {
    return askProviderRefresh(this.db, this.now().toISOString(), ids);
  }

  /**
   * Works off the refresh asked for this series, if one is: done once the provider answered,
   * whatever became of tvshow.nfo (a locked file stays as it is); kept with the provider's reason,
   * and tried again after the queue's wait, when it could not answer.
   */
  async refreshAsked(seriesId: number, options: { signal?: AbortSignal } = {}): Promise<void> {
    const askedAt = await refreshAskedAt(this.db, seriesId);
    if (askedAt === null) return;
    // The cached entry where it is recent enough (a title language change needs no request): a
    // whole library asked of AniList again would take hours at its pace.
    const { match, nfo } = await this.identify(seriesId, { ...options, refresh: true });
    const failed = nfo && !nfo.written && nfo.reason === 'error' ? nfo : null;
    const reason = failed ? { code: failed.code ?? 'PROVIDER_HTTP_ERROR', message: failed.message ?? '' } : nfo === null && match.state === 'waiting' ? match.reason : null;
    if (!reason) return finishProviderRefresh(this.db, seriesId, askedAt);
    await recordMatchWait(this.db, seriesId, JSON.stringify(reason), this.now().toISOString());
  }

  /**
   * Asks TMDB for the same show as the series' AniList match, made while TMDB could not be asked;
   * a show found joins the match and fills the TMDB id into its tvshow.nfo. True when one was.
   */
  async seekCompanion(seriesId: number, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const set = await this.providers();
    const found = await seekTmdbCompanion({ db: this.db, providers: set.providers, now: this.now }, seriesId, options.signal);
    if (!found) return false;
    await this.writeNfo(set, seriesId, options);
    this.onChanged(seriesId);
    return true;
  }

  /**
   * Fetches the series' artwork from its matched entries: what is missing, or with `refresh`
   * also Anishelf's own unchanged files. Each download counts against its provider's image budget.
   */
  async fetchArtwork(seriesId: number, mode: FetchMode, options: { signal?: AbortSignal } = {}): Promise<ArtworkFetchOutcome> {
    await requireSeriesRow(this.db, seriesId);
    const outcome = await fetchSeriesArtwork(await this.artworkDeps(), seriesId, mode, options.signal);
    this.onChanged(seriesId);
    return outcome;
  }

  /** What the artwork fetcher needs: the clients, the UI language, the CDNs' download budgets. */
  async artworkDeps(): Promise<SeriesArtworkDeps> {
    const set = await this.providers();
    return {
      db: this.db,
      providers: set.providers,
      language: set.providers.tmdb?.language ?? 'en',
      now: this.now,
      budget: async (provider, signal) => {
        const release = await set.downloads[provider].acquire(signal);
        release();
      },
      // Short waits between attempts: a series whose download keeps failing is marked waiting
      // and the queue tries it again minutes later, so one slot is never held for long.
      download: this.artworkDownload ?? { retryDelaysMs: [1_000, 4_000] },
    };
  }

  /** Downloader settings for tests (shorter waits); the defaults otherwise. */
  artworkDownload: SeriesArtworkDeps['download'] | null = null;

  /** The user's choice ("anilist:154587", a pasted URL): locked, then the NFO is filled. */
  async pick(seriesId: number, ref: string): Promise<IdentifyOutcome> {
    const parsed = parseProviderRef(ref);
    await requireSeriesRow(this.db, seriesId);
    const set = await this.providers();
    const { anilist, tmdb } = set.providers;
    let result: IdentifyResult | null = null;
    if (parsed.provider === 'anilist' || parsed.provider === 'mal') {
      if (!anilist) throw new AnishelfError('PROVIDER_OFF', 'AniList is switched off in the settings; switch it on to pick an AniList entry.');
      const media = parsed.provider === 'anilist' ? await anilist.byId(parsed.id) : await anilist.byMalId(parsed.id);
      if (media) result = fromAniList(media, 'user', 1, [], 'user pick', {});
    } else {
      if (!tmdb) throw new AnishelfError('PROVIDER_OFF', 'TMDB needs an API key; set it with `anishelf config set tmdb-key KEY` or in Settings.');
      // A TVDB or IMDb id: the TMDB show that carries it.
      const tmdbId = parsed.provider === 'tmdb' ? parsed.id : await tmdb.findTv(parsed.provider, parsed.text);
      const show = tmdbId !== null ? await tmdb.tv(tmdbId) : null;
      if (show) {
        const [candidate] = toCandidates(tmdbCandidates([{ ...show, origin_country: [], original_language: '', genre_ids: [], popularity: 0 }], await tmdb.posterBase()).map((c) => ({ candidate: c, score: 1, why: [] })));
        const crossIds = { ...(show.external_ids?.imdb_id ? { imdb: show.external_ids.imdb_id } : {}), ...(show.external_ids?.tvdb_id ? { tvdb: String(show.external_ids.tvdb_id) } : {}) };
        result = { state: 'matched', provider: 'tmdb', id: String(show.id), score: 1, source: 'user', candidates: candidate ? [candidate] : [], crossIds, anilist: null, tmdb: show, explanation: 'user pick' };
      }
    }
    if (!result) {
      const where = parsed.provider === 'tvdb' || parsed.provider === 'imdb' ? `TMDB knows no show with the ${parsed.provider === 'tvdb' ? 'TVDB' : 'IMDb'} id` : `${parsed.provider} has no entry`;
      throw new AnishelfError('PICK_NOT_FOUND', `${where} ${parsed.text}.`);
    }
    const match = await saveUserPick({ db: this.db, providers: set.providers, now: this.now }, seriesId, result);
    const nfo = await this.writeNfo(set, seriesId, {});
    this.onChanged(seriesId);
    return { match, nfo };
  }

  /** The Identify dialog's search box: candidates for the typed title, scored against the folder. */
  async search(seriesId: number, text: string): Promise<MatchCandidate[]> {
    const row = await requireSeriesRow(this.db, seriesId);
    const typed = String(text).trim().slice(0, 200);
    if (typed === '') throw new AnishelfError('BAD_SEARCH', 'Type a title to search for.');
    const set = await this.providers();
    const query = { ...folderQuery(typed), year: folderQuery(row.folder_name).year ?? folderQuery(typed).year };
    const local = { videoCount: row.video_count };
    const scored = [];
    if (set.providers.anilist) scored.push(...aniListCandidates(await set.providers.anilist.search(query.search)).map((c) => scoreCandidate(query, local, c)));
    if (set.providers.tmdb) scored.push(...tmdbCandidates(await set.providers.tmdb.searchTv(query.search, query.year), await set.providers.tmdb.posterBase()).map((c) => scoreCandidate(query, local, c)));
    return toCandidates(scored.sort((a, b) => b.score - a.score));
  }

  async settings(): Promise<MetadataSettingsView> {
    const config = await loadMetadataConfig(this.db, this.env);
    const source = await tmdbKeySource(this.db, this.env);
    return {
      tmdbKey: { set: source !== null, source },
      titleLanguage: config.titleLanguage,
      ratingCountry: config.ratingCountry,
      anilist: config.anilistEnabled,
      tmdb: config.tmdbEnabled,
      workers: await getSetting(this.db, WORKERS_SETTING, DEFAULT_WORKERS),
      episodeNfos: await writeEpisodeNfosEnabled(this.db),
    };
  }

  async setSetting(name: string, value: string): Promise<MetadataSettingsView> {
    if (name === 'workers') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new AnishelfError('CONFIG_INVALID', `workers takes a whole number from 1 to ${MAX_WORKERS}.`);
      await setSetting(this.db, WORKERS_SETTING, n);
    } else if (name === 'episode-nfos') {
      await setSetting(this.db, WRITE_EPISODE_NFOS_SETTING, parseOnOff(value));
    } else {
      await setMetadataSetting(this.db, name, value);
    }
    this.configReadAt = 0;
    if (this.set) await this.providers();
    return this.settings();
  }

  /**
   * After an episode list was stored: writes the cast and season names it brought into the
   * series' tvshow.nfo where that file lacks them (the rest of the file is only filled, as after
   * an identification).
   */
  async fillFromList(seriesId: number, signal?: AbortSignal): Promise<WriteNfoOutcome | null> {
    if (!(await listFillsNfo(this.db, seriesId))) return null;
    const outcome = await this.writeNfo(await this.providers(), seriesId, signal ? { signal } : {});
    if (outcome?.written) this.onChanged(seriesId);
    return outcome;
  }

  private async writeNfo(set: ProviderSet, seriesId: number, options: WriteSeriesNfoOptions): Promise<WriteNfoOutcome | null> {
    try {
      return await writeSeriesNfo({ db: this.db, providers: set.providers, now: this.now, titleLanguage: set.config.titleLanguage, ratingCountry: set.config.ratingCountry.country }, seriesId, options);
    } catch (err) {
      // The entry could not be fetched now (offline): the match stands, the NFO waits.
      if (isProviderError(err)) return { written: false, reason: 'error', code: err.code, message: err.message };
      throw err;
    }
  }
}
