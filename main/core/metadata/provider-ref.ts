import { AnishelfError } from '../errors';

export interface ProviderRef {
  provider: 'anilist' | 'tmdb' | 'mal';
  id: number;
}

const FORMS: Array<[RegExp, ProviderRef['provider']]> = [
  [/^(?:anilist)[:=-](\d{1,9})$/i, 'anilist'],
  [/^(?:tmdb)[:=-](\d{1,9})$/i, 'tmdb'],
  [/^(?:mal|myanimelist)[:=-](\d{1,9})$/i, 'mal'],
  [/^(?:https?:\/\/)?(?:www\.)?anilist\.co\/anime\/(\d{1,9})(?:[/?#].*)?$/i, 'anilist'],
  [/^(?:https?:\/\/)?(?:www\.)?themoviedb\.org\/tv\/(\d{1,9})(?:[-/?#].*)?$/i, 'tmdb'],
  [/^(?:https?:\/\/)?(?:www\.)?myanimelist\.net\/anime\/(\d{1,9})(?:[/?#].*)?$/i, 'mal'],
];

/** "anilist:154587", "tmdb:1396", or a pasted provider page URL. */
export function parseProviderRef(text: string): ProviderRef {
  const trimmed = String(text).trim();
  for (const [pattern, provider] of FORMS) {
    const m = pattern.exec(trimmed);
    if (m) return { provider, id: Number(m[1]) };
  }
  throw new AnishelfError('BAD_PICK', `"${trimmed.slice(0, 100)}" names no entry; give anilist:ID, tmdb:ID, or a link to the show on anilist.co or themoviedb.org.`);
}
