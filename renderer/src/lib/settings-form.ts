import type { SettingName, SettingsView } from '../../../shared/contract';

/** What the Settings form edits (workers as typed, so the core validates what the user wrote). */
export interface SettingsDraft {
  titleLanguage: SettingsView['titleLanguage'];
  /** As typed; empty follows the system. */
  ratingCountry: string;
  anilist: boolean;
  tmdb: boolean;
  workers: string;
  episodeNfos: boolean;
}

/** The `settings.set` calls that turn `view` into `draft`, only for what changed. */
export function changedSettings(view: SettingsView, draft: SettingsDraft): Array<[SettingName, string]> {
  const out: Array<[SettingName, string]> = [];
  if (draft.titleLanguage !== view.titleLanguage) out.push(['title-language', draft.titleLanguage]);
  const chosen = view.ratingCountry.source === 'settings' ? view.ratingCountry.country : '';
  if (draft.ratingCountry.trim().toUpperCase() !== chosen) out.push(['rating-country', draft.ratingCountry.trim()]);
  if (draft.anilist !== view.anilist) out.push(['anilist', draft.anilist ? 'on' : 'off']);
  if (draft.tmdb !== view.tmdb) out.push(['tmdb', draft.tmdb ? 'on' : 'off']);
  if (draft.workers.trim() !== String(view.workers)) out.push(['workers', draft.workers.trim()]);
  if (draft.episodeNfos !== view.episodeNfos) out.push(['episode-nfos', draft.episodeNfos ? 'on' : 'off']);
  return out;
}
