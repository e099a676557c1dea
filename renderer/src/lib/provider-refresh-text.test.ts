import { expect, test } from 'vitest';
import type { SeriesMatch } from '../../../shared/types';
import { providerRefreshText } from './provider-refresh-text';

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
