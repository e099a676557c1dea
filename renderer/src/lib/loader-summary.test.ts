import { describe, expect, test } from 'vitest';
import type { LoaderStatus, SeriesSummary } from '../../../shared/types';
import { countSeries, loaderSummary, networkSummary } from './loader-summary';

const loader = (over: Partial<LoaderStatus> = {}): LoaderStatus => ({ workers: 5, running: 0, queued: 0, failed: 0, offline: 0, paused: false, completedSinceStart: 0, active: true, ...over });
const series = (loadingStatus: SeriesSummary['loadingStatus'], state: SeriesSummary['state'] = 'present') => ({ loadingStatus, state }) as SeriesSummary;
const many = (n: number, status: SeriesSummary['loadingStatus']) => Array.from({ length: n }, () => series(status));

describe('loader summary', () => {
  test('empty, loading, paused, all ready, failed, offline', () => {
    expect(loaderSummary(countSeries([]), loader()).text).toBe('No series yet');
    expect(loaderSummary(countSeries([...many(9, 'completed'), ...many(2, 'pending'), series('loading')]), loader())).toEqual({ text: 'Loading 1 · 2 queued', tone: 'busy' });
    expect(loaderSummary(countSeries([...many(9, 'completed'), ...many(3, 'pending')]), loader({ paused: true }))).toEqual({ text: 'Paused · 3 queued', tone: 'paused' });
    expect(loaderSummary(countSeries(many(532, 'completed')), loader())).toEqual({ text: '532 series, all ready', tone: 'ok' });
    expect(loaderSummary(countSeries([...many(530, 'completed'), ...many(2, 'failed')]), loader()).text).toBe('532 series, 2 failed');
    expect(loaderSummary(countSeries([...many(5, 'pending'), ...many(2, 'failed')]), loader()).text).toBe('Loading 0 · 5 queued · 2 failed');
    expect(loaderSummary(countSeries([series('completed'), series('completed', 'offline')]), loader()).text).toBe('2 series, 1 offline');
    expect(loaderSummary(countSeries(many(1, 'completed')), null).text).toBe('1 series, all ready');
    // An offline series that had failed is one offline series, not also a failed one.
    const offlineFailed = countSeries([series('completed'), series('failed', 'offline')]);
    expect(offlineFailed).toMatchObject({ failed: 0, offline: 1 });
    expect(loaderSummary(offlineFailed, loader()).text).toBe('2 series, 1 offline');
    // A folder gone from its library folder is named as such, apart from the unreachable ones.
    const away = countSeries([series('completed'), series('completed', 'offline'), series('completed', 'missing'), series('failed', 'missing')]);
    expect(away).toMatchObject({ offline: 3, gone: 2, failed: 0 });
    expect(loaderSummary(away, loader()).text).toBe('4 series, 1 offline, 2 gone');
    expect(loaderSummary(countSeries([series('completed'), series('completed', 'missing')]), loader()).text).toBe('2 series, 1 gone');
    expect(loaderSummary(countSeries(many(1200, 'pending')), loader()).text).toBe('Loading 0 · 1,200 queued');
    expect(loaderSummary(countSeries([...many(4, 'loading'), ...many(36, 'pending')]), loader()).text).toBe('Loading 4 · 36 queued');
  });
});

describe('network summary', () => {
  const net = (over: Partial<NonNullable<LoaderStatus['network']>> = {}): LoaderStatus =>
    loader({ network: { active: true, paused: false, total: 900, identified: 780, waiting: 0, refreshing: 0, running: 2, identifiedSinceStart: 0, providers: [{ label: 'AniList', perMinute: 25, message: null }], ...over } });
  test('identifying, paused with the loader, done', () => {
    expect(networkSummary(net())).toBe('Identifying · 120 of 900 left · AniList 25/min');
    expect(networkSummary(net({ paused: true, running: 0 }))).toBe('Identification paused · 120 left');
    expect(networkSummary(net({ paused: true, running: 2 }))).toBe('Identification paused · 120 left · 2 finishing');
    expect(networkSummary(net({ identified: 900 }))).toBeNull();
  });
  test('a refresh asked for the whole library shows once every series has a match', () => {
    expect(networkSummary(net({ identified: 900, refreshing: 640 }))).toBe('Refreshing from providers · 640 left · AniList 25/min');
    expect(networkSummary(net({ identified: 780, refreshing: 640 }))).toBe('Identifying · 120 of 900 left · AniList 25/min');
    expect(networkSummary(net({ identified: 900, refreshing: 640, paused: true, running: 0 }))).toBe('Refresh from providers paused · 640 left');
  });
});
