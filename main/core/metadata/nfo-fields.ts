import type { ProviderIds } from '../../../shared/types';
import type { AniListMedia, AniListTitle, FuzzyDate } from './anilist/types';
import type { NfoActor, TvshowFields } from '../nfo/types';
import type { TmdbTvDetails } from './tmdb/types';
import { seasonNamesFromTmdb } from './season-names';
import { contentRatingFromTmdb } from './content-rating';

export type TitleLanguage = 'romaji' | 'english' | 'native';

/** What a provider entry says about a show, in tvshow.nfo terms (every field Anishelf owns). */
export interface ProviderShowFields extends Required<Pick<TvshowFields, 'title' | 'originalTitle' | 'sortTitle' | 'plot' | 'premiered' | 'year' | 'status' | 'mpaa' | 'studios' | 'genres' | 'tags' | 'rating'>> {
  /** One id per known provider; `defaultId` names the matched one. */
  ids: ProviderIds;
  defaultId: string;
  /** The cast, which comes with the episode list; null until that list is stored. */
  actors: NfoActor[] | null;
  /** Seasons the entry names, by number (TMDB's; AniList's season entries name theirs in the stored lists). */
  namedSeasons: Record<number, string>;
}

const MAX_TAGS = 10;

export function fieldsFromAniList(media: AniListMedia, crossIds: ProviderIds, language: TitleLanguage): ProviderShowFields {
  const t = media.title;
  const title = aniListTitle(t, language) ?? String(media.id);
  const premiered = fullDate(media.startDate);
  return {
    title,
    originalTitle: t.native ?? t.romaji ?? null,
    sortTitle: title,
    plot: media.description ? plainText(media.description) : null,
    premiered,
    year: media.startDate?.year ?? media.seasonYear ?? null,
    // AniList rates nothing but adult entries, which a library manager has no label for.
    mpaa: null,
    status: media.status === 'FINISHED' || media.status === 'CANCELLED' ? 'Ended' : media.status === 'RELEASING' || media.status === 'HIATUS' ? 'Continuing' : null,
    studios: media.studios?.nodes.map((n) => n.name).slice(0, 1) ?? [],
    genres: media.genres ?? [],
    tags: (media.tags ?? []).filter((tag) => !tag.isMediaSpoiler && (tag.rank ?? 0) >= 60).slice(0, MAX_TAGS).map((tag) => tag.name),
    rating: media.averageScore ? { name: 'anilist', value: media.averageScore / 10, max: 10 } : null,
    ids: { ...crossIds, anilist: String(media.id), ...(media.idMal ? { mal: String(media.idMal) } : {}) },
    defaultId: 'anilist',
    actors: null,
    namedSeasons: {},
  };
}

export function fieldsFromTmdb(show: TmdbTvDetails, crossIds: ProviderIds, ratingCountry: string): ProviderShowFields {
  const ids: ProviderIds = { ...crossIds, tmdb: String(show.id) };
  if (show.external_ids?.imdb_id) ids.imdb = show.external_ids.imdb_id;
  if (show.external_ids?.tvdb_id) ids.tvdb = String(show.external_ids.tvdb_id);
  const premiered = /^\d{4}-\d{2}-\d{2}$/.test(show.first_air_date ?? '') ? show.first_air_date : null;
  return {
    title: show.name,
    originalTitle: show.original_name || null,
    sortTitle: show.name,
    plot: show.overview || null,
    premiered,
    year: premiered ? Number(premiered.slice(0, 4)) : null,
    status: /ended|canceled/i.test(show.status) ? 'Ended' : /returning|production|planned/i.test(show.status) ? 'Continuing' : null,
    mpaa: contentRatingFromTmdb(show.content_ratings?.results ?? [], ratingCountry, show.origin_country),
    studios: [...show.networks, ...show.production_companies].map((n) => n.name).slice(0, 1),
    genres: show.genres.map((g) => g.name),
    tags: [],
    rating: show.vote_count > 0 ? { name: 'themoviedb', value: show.vote_average, max: 10, votes: show.vote_count } : null,
    ids,
    defaultId: 'tmdb',
    actors: null,
    namedSeasons: seasonNamesFromTmdb(show.seasons),
  };
}

/** An AniList entry's title in the chosen language, else in any it has. */
export function aniListTitle(t: AniListTitle, language: TitleLanguage): string | null {
  return (language === 'english' ? t.english : language === 'native' ? t.native : t.romaji) ?? t.romaji ?? t.english ?? t.native ?? null;
}

function fullDate(d: FuzzyDate | null | undefined): string | null {
  if (!d?.year || !d.month || !d.day) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** AniList descriptions carry a little HTML (<br>, <i>); an NFO plot is plain text. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
