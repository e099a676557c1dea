import type { ProviderRefreshResult } from '../../../shared/types';

const PROVIDER_NAME = { anilist: 'AniList', tmdb: 'TMDB' } as const;

/** What "Refresh from provider" says it did, in the series panel. */
export function providerRefreshText(r: ProviderRefreshResult): string {
  const from = r.match.provider ? PROVIDER_NAME[r.match.provider] : 'the provider';
  switch (r.nfo) {
    case 'written':
      return `tvshow.nfo now says what ${from} says.`;
    case 'unchanged':
      return `tvshow.nfo already said what ${from} says.`;
    case 'locked':
      return 'tvshow.nfo is locked (<lockdata>), so it was left as it is.';
    case 'not-kodi':
      return 'The .nfo in the folder is not a Kodi NFO (a release’s text file), so it was left as it is.';
    case 'unmatched':
      return 'No entry fits this series now; use “Identify…” to choose one.';
    case 'error':
      return `Not refreshed; tvshow.nfo was left as it is. ${r.message ?? `${from} could not be asked now.`}`;
  }
}

/** What "Refresh every series from its provider" says once the refreshes are asked for. */
export function refreshAllText(asked: number): string {
  if (asked === 0) return 'No series is matched yet, so there is nothing to refresh.';
  const series = asked === 1 ? '1 matched series is' : `${asked.toLocaleString('en-US')} matched series are`;
  return `${series} refreshed in the background; the header says how many are left.`;
}
