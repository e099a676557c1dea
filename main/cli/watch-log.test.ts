import { describe, expect, test } from 'vitest';
import type { SeriesSummary } from '../../shared/types';
import { SeriesChangeLog } from './watch-log';

const series = (id: number, over: Partial<SeriesSummary> = {}): SeriesSummary => ({
  id,
  rootId: 1,
  path: `/lib/Show ${id}`,
  title: `Show ${id}`,
  year: null,
  videoCount: 3,
  hasNfo: false,
  hasPoster: false,
  hasLogo: false,
  hasFanart: false,
  state: 'present',
  loadingStatus: 'completed',
  loadingStage: null,
  loadingError: null,
  progress: 1,
  addedAt: '2026-12-01T00:00:00.000Z',
  matchState: 'waiting',
  ...over,
});

describe('the watch log', () => {
  test('tells a new series, a move, videos gained and lost, ready, failed, offline and back, and identification', () => {
    const log = new SeriesChangeLog([series(1), series(2)]);
    // Found, then read for the first time: its count comes with "ready", not as new videos.
    expect(log.lines({ series: [series(3, { loadingStatus: 'pending', videoCount: 0, progress: 0 })] })).toEqual(['New series: Show 3 (/lib/Show 3)']);
    expect(log.lines({ series: [series(3, { loadingStatus: 'loading', videoCount: 0, progress: 0 })] })).toEqual([]);
    expect(log.lines({ series: [series(3, { loadingStatus: 'loading', videoCount: 1, progress: 0.25 })] })).toEqual([]);
    expect(log.lines({ series: [series(3, { videoCount: 1 })] })).toEqual(['Show 3: ready (1 video)']);
    // First seen already loaded (both happened between two events).
    expect(log.lines({ series: [series(4, { videoCount: 2 })] })).toEqual(['New series: Show 4 (/lib/Show 4)', 'Show 4: ready (2 videos)']);
    expect(log.lines({ series: [series(1, { path: '/lib/Show 1 (2020)', videoCount: 5, loadingStatus: 'loading', progress: 0 })] })).toEqual(['Moved: Show 1: /lib/Show 1 → /lib/Show 1 (2020)', 'Show 1: 5 videos (2 new)']);
    expect(log.lines({ series: [series(1, { path: '/lib/Show 1 (2020)', videoCount: 5 })] })).toEqual(['Show 1: ready (5 videos)']);
    expect(log.lines({ series: [series(1, { path: '/lib/Show 1 (2020)', videoCount: 4 })] })).toEqual(['Show 1: 4 videos (1 gone)']);
    expect(log.lines({ series: [series(2, { state: 'offline' })] })).toEqual(['Show 2: offline (its folder cannot be reached; it stays in the library)']);
    expect(log.lines({ series: [series(2)] })).toEqual(['Show 2: back']);
    expect(log.lines({ series: [series(2, { loadingStatus: 'failed', loadingError: { code: 'EACCES', message: 'Anishelf may not read the folder.' } })] })).toEqual([
      'Show 2: loading failed: Anishelf may not read the folder.',
    ]);
    expect(log.lines({ series: [series(3, { videoCount: 1, matchState: 'needs_review' })] })).toEqual(['Show 3: needs review: more than one entry fits (`anishelf identify` lists them)']);
    expect(log.lines({ series: [series(3, { videoCount: 1, matchState: 'matched' })] })).toEqual(['Show 3: identified online']);
    expect(log.lines({ series: [], removed: [3, 99] })).toEqual(['Removed from the library: Show 3']);
    // Removed and seen again (added back): new once more.
    expect(log.lines({ series: [series(3)] })).toEqual(['New series: Show 3 (/lib/Show 3)', 'Show 3: ready (3 videos)']);
  });
});
