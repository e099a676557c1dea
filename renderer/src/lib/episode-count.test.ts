import { expect, test } from 'vitest';
import { episodeCount } from './episode-count';

const summary = (videoCount: number, loadingStatus: 'pending' | 'loading' | 'completed' | 'failed', loadingStage: 'episodes' | 'nfo' | null = null) => ({
  videoCount,
  loadingStatus,
  loadingStage,
  loadingError: loadingStatus === 'failed' ? { code: 'EACCES', message: 'x' } : null,
});

test('counts with thousands separators, one or many', () => {
  expect(episodeCount(summary(1500, 'completed'))).toBe('1,500 episodes');
  expect(episodeCount(summary(1, 'completed'))).toBe('1 episode');
  expect(episodeCount(summary(0, 'completed'))).toBe('0 episodes');
});

test('no "0 episodes" before the folder was read, and why a failed read has none', () => {
  expect(episodeCount(summary(0, 'pending'))).toBe('Not scanned yet');
  expect(episodeCount(summary(0, 'loading', 'episodes'))).toBe('Not scanned yet');
  expect(episodeCount(summary(3, 'loading', 'nfo'))).toBe('3 episodes');
  expect(episodeCount(summary(0, 'failed'))).toBe('Not read (EACCES)');
});
