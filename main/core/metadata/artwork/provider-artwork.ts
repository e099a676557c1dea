import type { SeriesMatch } from '../../../../shared/types';
import type { AskableProviders } from '../../db/repos/artwork-fetch';
import type { AniListMedia } from '../anilist/types';
import type { Providers } from '../match/identify';
import type { TmdbImage, TmdbTvDetails } from '../tmdb/types';

/** The artwork kinds Anishelf fetches, each into one Kodi name. */
export type ArtworkKind = 'poster' | 'fanart' | 'logo' | 'banner';
export const ARTWORK_KINDS: readonly ArtworkKind[] = ['poster', 'fanart', 'logo', 'banner'];

/** One image a provider offers, best first in its list. */
export interface ArtworkCandidate {
  url: string;
  provider: 'tmdb' | 'anilist';
  width: number | null;
  height: number | null;
  /** ISO 639-1, or null for an image without text. */
  language: string | null;
}

export interface ProviderArtwork {
  kinds: Record<ArtworkKind, ArtworkCandidate[]>;
  /** Season number → its poster candidates (multi-season folders only). */
  seasons: Map<number, ArtworkCandidate[]>;
}

export interface ArtworkLookup {
  providers: Providers;
  /** The UI language (ISO 639-1): posters and logos in it come first. */
  language: string;
  /** The folder's regular seasons; season posters are looked up when there are two or more. */
  seasons: readonly number[];
  signal?: AbortSignal;
}

/**
 * What the matched entries offer, ordered as a tinyMediaManager user expects: posters in the UI
 * language, then English, then without text, then AniList's cover; fanart without text first
 * (AniList's banner is a banner, not fanart); logos in the UI language or English only, never
 * silently another language; the banner from AniList; season posters from TMDB, else from the
 * per-season AniList entries.
 */
export async function providerArtwork(match: SeriesMatch, lookup: ArtworkLookup): Promise<ProviderArtwork> {
  const opts = lookup.signal ? { signal: lookup.signal } : {};
  const ids = idsOf(match);
  const { tmdb, anilist } = lookup.providers;
  const show = tmdb && ids.tmdb ? await tmdb.tv(ids.tmdb, opts) : null;
  const media = anilist && ids.anilist ? await anilist.byId(ids.anilist, opts) : null;
  const base = show && tmdb ? `${await tmdb.imageBase(opts)}original` : '';
  const lang = lookup.language;
  const fromTmdb = (images: readonly TmdbImage[] | undefined, order: ReadonlyArray<string | null>): ArtworkCandidate[] =>
    ranked(images ?? [], order).map((i) => ({ url: `${base}${i.file_path}`, provider: 'tmdb', width: i.width, height: i.height, language: i.iso_639_1 ?? null }));

  const poster = fromTmdb(show?.images?.posters, [lang, 'en', null]);
  if (poster.length === 0 && show?.poster_path) poster.push({ url: `${base}${show.poster_path}`, provider: 'tmdb', width: null, height: null, language: null });
  const cover = media?.coverImage?.extraLarge ?? media?.coverImage?.large ?? null;
  if (cover) poster.push({ url: cover, provider: 'anilist', width: null, height: null, language: null });
  const fanart = fromTmdb(show?.images?.backdrops, [null, lang, 'en']);
  if (fanart.length === 0 && show?.backdrop_path) fanart.push({ url: `${base}${show.backdrop_path}`, provider: 'tmdb', width: null, height: null, language: null });
  const logo = fromTmdb(show?.images?.logos, [lang, 'en']);
  const banner: ArtworkCandidate[] = media?.bannerImage ? [{ url: media.bannerImage, provider: 'anilist', width: null, height: null, language: null }] : [];
  const seasons = lookup.seasons.length >= 2 ? await seasonPosters(show, base, match, lookup) : new Map<number, ArtworkCandidate[]>();
  return { kinds: { poster, fanart, logo, banner }, seasons };
}

/** The TMDB and AniList ids of a match: its own, and the other provider's from its cross ids. */
export function idsOf(match: SeriesMatch): { tmdb: number | null; anilist: number | null } {
  const cross = match.crossIds ?? {};
  const pick = (provider: string) => {
    const raw = match.provider === provider ? match.id : cross[provider];
    return raw && /^\d+$/.test(raw) ? Number(raw) : null;
  };
  return { tmdb: pick('tmdb'), anilist: pick('anilist') };
}

const EVERY_PROVIDER: AskableProviders = { tmdb: true, anilist: true };

/** The providers these clients can ask: one switched off, or TMDB without a key, has none. */
export function askableOf(providers: Providers): AskableProviders {
  return { tmdb: providers.tmdb !== null, anilist: providers.anilist !== null };
}

/**
 * What the fetched artwork belongs to: "tmdb:1396", or "anilist:154587+tmdb:209867" for an AniList
 * match with the same show on TMDB. A new match, or a TMDB show found later, fetches again (what
 * is still missing). With `sources`, an entry whose provider cannot be asked now is left out: a
 * series matched by its folder's TMDB id before the user had a TMDB key fetches its artwork once
 * the key is set. The artwork queue's query reads its entries the same way (repos/artwork-fetch.ts).
 */
export function matchKey(match: SeriesMatch, sources: AskableProviders = EVERY_PROVIDER): string | null {
  if (match.state !== 'matched' || !match.provider || !match.id) return null;
  const companion = match.provider === 'anilist' ? match.crossIds?.tmdb : undefined;
  const entries = [
    match.provider === 'anilist' && sources.anilist ? `anilist:${match.id}` : null,
    match.provider === 'tmdb' && sources.tmdb ? `tmdb:${match.id}` : null,
    companion && sources.tmdb ? `tmdb:${companion}` : null,
  ];
  return entries.filter((e) => e !== null).join('+');
}

async function seasonPosters(show: TmdbTvDetails | null, base: string, match: SeriesMatch, lookup: ArtworkLookup): Promise<Map<number, ArtworkCandidate[]>> {
  const out = new Map<number, ArtworkCandidate[]>();
  for (const season of lookup.seasons) {
    const tmdbSeason = show?.seasons.find((s) => s.season_number === season);
    if (tmdbSeason?.poster_path) {
      out.set(season, [{ url: `${base}${tmdbSeason.poster_path}`, provider: 'tmdb', width: null, height: null, language: null }]);
      continue;
    }
    const entry = match.seasons?.find((s) => s.season === season);
    if (entry?.provider === 'anilist' && entry.id && lookup.providers.anilist) {
      const media: AniListMedia | null = await lookup.providers.anilist.byId(Number(entry.id), lookup.signal ? { signal: lookup.signal } : {});
      const cover = media?.coverImage?.extraLarge ?? media?.coverImage?.large ?? null;
      if (cover) out.set(season, [{ url: cover, provider: 'anilist', width: null, height: null, language: null }]);
    }
  }
  return out;
}

/** Images in the languages asked for, in that order, each language best voted first. */
function ranked(images: readonly TmdbImage[], order: ReadonlyArray<string | null>): TmdbImage[] {
  const seen = new Set<string | null>();
  const out: TmdbImage[] = [];
  for (const language of order) {
    if (seen.has(language)) continue;
    seen.add(language);
    out.push(...images.filter((i) => (i.iso_639_1 ?? null) === language).sort((a, b) => b.vote_average - a.vote_average));
  }
  return out;
}
