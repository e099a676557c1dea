import { AnishelfError } from '../errors';

export interface ProviderRef {
  provider: 'anilist' | 'tmdb' | 'mal' | 'tvdb' | 'imdb';
  /** The number in the id (IMDb's without "tt"). */
  id: number;
  /** The id as the provider writes it ("tt0903747" for IMDb). */
  text: string;
}

const FORMS: Array<[RegExp, ProviderRef['provider']]> = [
  [/^(?:anilist)[:=-](\d{1,9})$/i, 'anilist'],
  [/^(?:tmdb)[:=-](\d{1,9})$/i, 'tmdb'],
  [/^(?:mal|myanimelist)[:=-](\d{1,9})$/i, 'mal'],
  [/^(?:https?:\/\/)?(?:www\.)?anilist\.co\/anime\/(\d{1,9})(?:[/?#].*)?$/i, 'anilist'],
  [/^(?:https?:\/\/)?(?:www\.)?themoviedb\.org\/tv\/(\d{1,9})(?:[-/?#].*)?$/i, 'tmdb'],
  [/^(?:https?:\/\/)?(?:www\.)?myanimelist\.net\/anime\/(\d{1,9})(?:[/?#].*)?$/i, 'mal'],
  // TVDB and IMDb ids are resolved through TMDB's /find.
  [/^(?:tvdb|thetvdb)[:=-](\d{1,9})$/i, 'tvdb'],
  [/^(?:https?:\/\/)?(?:www\.)?thetvdb\.com\/(?:dereferrer\/series|index\.php\?.*\bid=|\?.*\bid=)\/?(\d{1,9})(?:[&/?#].*)?$/i, 'tvdb'],
  [/^(?:imdb[:=-])?(tt\d{7,10})$/i, 'imdb'],
  [/^(?:https?:\/\/)?(?:www\.|m\.)?imdb\.com\/title\/(tt\d{7,10})(?:[/?#].*)?$/i, 'imdb'],
];

/** "anilist:154587", "tmdb:1396", or a pasted provider page URL. */
export function parseProviderRef(text: string): ProviderRef {
  const trimmed = String(text).trim();
  for (const [pattern, provider] of FORMS) {
    const m = pattern.exec(trimmed);
    if (m) return { provider, id: Number(m[1]!.replace(/^tt/i, '')), text: m[1]!.toLowerCase() };
  }
  throw new AnishelfError('BAD_PICK', `"${trimmed.slice(0, 100)}" names no entry; give anilist:ID, tmdb:ID, tvdb:ID, an IMDb id (tt…), or a link to the show on anilist.co, themoviedb.org or imdb.com.`);
}
