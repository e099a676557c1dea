import { expect, test } from 'vitest';
import type { SeriesMatch } from '../../../shared/types';
import { providerRefreshText, refreshAllText } from './provider-refresh-text';

const anilist = { state: 'matched', provider: 'anilist', id: '4224' } as SeriesMatch;
const waiting = { state: 'waiting', provider: null, id: null } as SeriesMatch;

test('"Refresh from provider" names the provider and what became of tvshow.nfo', () => {
  expect(providerRefreshText({ match: anilist, nfo: 'written' })).toBe('tvshow.nfo now says what AniList says.');
  expect(providerRefreshText({ match: { ...anilist, provider: 'tmdb' }, nfo: 'unchanged' })).toBe('tvshow.nfo already said what TMDB says.');
  expect(providerRefreshText({ match: anilist, nfo: 'locked' })).toContain('locked');
  expect(providerRefreshText({ match: anilist, nfo: 'unmatched' })).toContain('Identify…');
  expect(providerRefreshText({ match: waiting, nfo: 'error', message: 'AniList cannot be reached.' })).toBe('Not refreshed; tvshow.nfo was left as it is. AniList cannot be reached.');
  expect(providerRefreshText({ match: anilist, nfo: 'error' })).toBe('Not refreshed; tvshow.nfo was left as it is. AniList could not be asked now.');
});

test('"Refresh every series from its provider" says how many are asked for, and where to follow them', () => {
  expect(refreshAllText(0)).toBe('No series is matched yet, so there is nothing to refresh.');
  expect(refreshAllText(1)).toBe('1 matched series is refreshed in the background; the header says how many are left.');
  expect(refreshAllText(1234)).toBe('1,234 matched series are refreshed in the background; the header says how many are left.');
});
