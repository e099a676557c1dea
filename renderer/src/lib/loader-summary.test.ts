import { describe, expect, test } from 'vitest';
import type { LoaderStatus, SeriesSummary } from '../../../shared/types';
import { countSeries, loaderSummary } from './loader-summary';

const loader = (over: Partial<LoaderStatus> = {}): LoaderStatus => ({ workers: 5, running: 0, queued: 0, failed: 0, paused: false, completedSinceStart: 0, active: true, ...over });
const series = (loadingStatus: SeriesSummary['loadingStatus'], state: SeriesSummary['state'] = 'present') => ({ loadingStatus, state }) as SeriesSummary;
const many = (n: number, status: SeriesSummary['loadingStatus']) => Array.from({ length: n }, () => series(status));

describe('loader summary', () => {
  test('empty, loading, paused, all ready, failed, offline', () => {
    expect(loaderSummary(countSeries([]), loader()).text).toBe('No series yet');
    expect(loaderSummary(countSeries([...many(9, 'completed'), ...many(2, 'pending'), series('loading')]), loader())).toEqual({ text: 'Loading 3 of 12', tone: 'busy' });
    expect(loaderSummary(countSeries([...many(9, 'completed'), ...many(3, 'pending')]), loader({ paused: true }))).toEqual({ text: 'Paused · 3 of 12 waiting', tone: 'paused' });
    expect(loaderSummary(countSeries(many(532, 'completed')), loader())).toEqual({ text: '532 series, all ready', tone: 'ok' });
    expect(loaderSummary(countSeries([...many(530, 'completed'), ...many(2, 'failed')]), loader()).text).toBe('532 series, 2 failed');
    expect(loaderSummary(countSeries([...many(5, 'pending'), ...many(2, 'failed')]), loader()).text).toBe('Loading 5 of 7 · 2 failed');
    expect(loaderSummary(countSeries([series('completed'), series('completed', 'offline')]), loader()).text).toBe('2 series, 1 offline');
    expect(loaderSummary(countSeries(many(1, 'completed')), null).text).toBe('1 series, all ready');
    expect(loaderSummary(countSeries(many(1200, 'pending')), loader()).text).toBe('Loading 1,200 of 1,200');
  });
});
