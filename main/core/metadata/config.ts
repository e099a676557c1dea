import type { Db } from '../db/handle';
import { AnishelfError } from '../errors';
import { getSetting, setSetting } from '../db/repos/settings';
import { ANILIST_URL } from './anilist/client';
import type { TitleLanguage } from './nfo-fields';
import { TMDB_URL } from './tmdb/client';
import { systemRatingCountry } from './content-rating';
import { SETTING_NAMES } from '../../../shared/contract';

export const METADATA_SETTINGS = {
  tmdbKey: 'metadata.tmdbKey',
  titleLanguage: 'metadata.titleLanguage',
  anilist: 'metadata.anilist',
  tmdb: 'metadata.tmdb',
  ratingCountry: 'metadata.ratingCountry',
} as const;

/** AniList's documented 90/min is not what it serves (30/min in its degraded mode): stay under. */
export const DEFAULT_ANILIST_PER_MIN = 25;
/** TMDB allows about 40 requests per 10 s; a library scan needs far less. */
export const DEFAULT_TMDB_PER_MIN = 120;

export interface MetadataConfig {
  anilistUrl: string;
  tmdbUrl: string;
  anilistPerMin: number;
  tmdbPerMin: number;
  /** From the settings (stored in the data dir) or ANISHELF_TMDB_KEY; never logged. */
  tmdbKey: string | null;
  titleLanguage: TitleLanguage;
  /** Whose content ratings go into tvshow.nfo (ISO 3166-1 alpha-2): the user's choice, else the system's region. */
  ratingCountry: { country: string; source: 'settings' | 'system' };
  anilistEnabled: boolean;
  tmdbEnabled: boolean;
}

export async function loadMetadataConfig(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<MetadataConfig> {
  const storedKey = await getSetting<string | null>(db, METADATA_SETTINGS.tmdbKey, null);
  const tmdbKey = (storedKey?.trim() || env.ANISHELF_TMDB_KEY?.trim()) ?? null;
  return {
    anilistUrl: env.ANISHELF_ANILIST_URL?.trim() || ANILIST_URL,
    tmdbUrl: env.ANISHELF_TMDB_URL?.trim() || TMDB_URL,
    anilistPerMin: perMinute(env.ANISHELF_ANILIST_PER_MIN, DEFAULT_ANILIST_PER_MIN),
    tmdbPerMin: perMinute(env.ANISHELF_TMDB_PER_MIN, DEFAULT_TMDB_PER_MIN),
    tmdbKey: tmdbKey || null,
    titleLanguage: await getSetting<TitleLanguage>(db, METADATA_SETTINGS.titleLanguage, 'romaji'),
    ratingCountry: await ratingCountry(db),
    // ANISHELF_PROVIDERS=off: no online identification at all (air-gapped machines, test suites).
    anilistEnabled: env.ANISHELF_PROVIDERS !== 'off' && (await getSetting(db, METADATA_SETTINGS.anilist, true)),
    tmdbEnabled: env.ANISHELF_PROVIDERS !== 'off' && (await getSetting(db, METADATA_SETTINGS.tmdb, true)),
  };
}

function perMinute(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : fallback;
}

/** Where the TMDB key comes from (the settings win over ANISHELF_TMDB_KEY); the key itself never leaves. */
export async function tmdbKeySource(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<'settings' | 'environment' | null> {
  if ((await getSetting<string | null>(db, METADATA_SETTINGS.tmdbKey, null))?.trim()) return 'settings';
  return env.ANISHELF_TMDB_KEY?.trim() ? 'environment' : null;
}

/** The rating country the user chose, else the system's region. */
async function ratingCountry(db: Db): Promise<MetadataConfig['ratingCountry']> {
  const chosen = await getSetting<string | null>(db, METADATA_SETTINGS.ratingCountry, null);
  return chosen ? { country: chosen, source: 'settings' } : { country: systemRatingCountry(), source: 'system' };
}

export const TITLE_LANGUAGES: readonly TitleLanguage[] = ['romaji', 'english', 'native'];

/** A name that is no setting, for `config get` and `config set` alike: it says which there are. */
export function unknownSetting(name: string): AnishelfError {
  return new AnishelfError('CONFIG_UNKNOWN', `There is no setting "${name}"; the settings are ${SETTING_NAMES.join(', ')}.`);
}

/** The settings `anishelf config` and the Settings panel change, checked. */
export async function setMetadataSetting(db: Db, name: string, value: string): Promise<void> {
  switch (name) {
    case 'tmdb-key': {
      const key = value.trim();
      if (key !== '' && !/^[0-9a-f]{32}$/i.test(key) && !/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(key)) {
        throw new AnishelfError('CONFIG_INVALID', 'That is neither a TMDB API key (32 hex digits) nor a read access token; copy it again from your TMDB account settings.');
      }
      return setSetting(db, METADATA_SETTINGS.tmdbKey, key === '' ? null : key);
    }
    case 'title-language':
      if (!(TITLE_LANGUAGES as readonly string[]).includes(value)) throw new AnishelfError('CONFIG_INVALID', `The title language is one of ${TITLE_LANGUAGES.join(', ')}.`);
      return setSetting(db, METADATA_SETTINGS.titleLanguage, value);
    case 'rating-country': {
      const country = value.trim().toUpperCase();
      if (country !== '' && !/^[A-Z]{2}$/.test(country)) throw new AnishelfError('CONFIG_INVALID', 'The rating country is a two-letter country code (US, DE, JP…), or "" to follow the system.');
      return setSetting(db, METADATA_SETTINGS.ratingCountry, country === '' ? null : country);
    }
    case 'anilist':
    case 'tmdb': {
      const on = parseOnOff(value);
      return setSetting(db, name === 'anilist' ? METADATA_SETTINGS.anilist : METADATA_SETTINGS.tmdb, on);
    }
    default:
      throw unknownSetting(name);
  }
}

export function parseOnOff(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(v)) return true;
  if (['off', 'false', 'no', '0'].includes(v)) return false;
  throw new AnishelfError('CONFIG_INVALID', `"${value}" is not on or off.`);
}
