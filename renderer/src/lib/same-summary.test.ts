import { describe, expect, test } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { sameSummary } from './same-summary';

const summary: SeriesSummary = {
  id: 1,
  rootId: 1,
  path: '/lib/Frieren',
  title: 'Frieren',
  year: 2023,
  videoCount: 28,
  hasNfo: true,
  hasPoster: true,
  hasLogo: false,
  hasFanart: true,
  brokenArtwork: ['logo'],
  state: 'present',
  loadingStatus: 'failed',
  loadingStage: 'images',
  loadingError: { code: 'WRITE_FAILED', message: 'x' },
  progress: 0.8,
  addedAt: '2026-12-01T10:00:00.000Z',
  matchState: 'matched',
};
const copy = () => JSON.parse(JSON.stringify(summary)) as SeriesSummary;

describe('sameSummary', () => {
  test('a copy that came over the wire is the same', () => {
    expect(sameSummary(summary, copy())).toBe(true);
  });

  test('any field that differs, nested ones included, makes it another', () => {
    const changes: Partial<SeriesSummary>[] = [
      { title: 'Sousou no Frieren' },
      { year: null },
      { hasLogo: true },
      { brokenArtwork: [] },
      { brokenArtwork: ['poster'] },
      { loadingError: { code: 'WRITE_FAILED', message: 'y' } },
      { loadingError: null },
      { progress: 1 },
      { matchState: 'needs_review' },
    ];
    for (const change of changes) expect(sameSummary(summary, { ...copy(), ...change }), JSON.stringify(change)).toBe(false);
  });

  test('a field present on one side only makes it another', () => {
    const { matchState: _drop, ...withoutMatch } = copy();
    expect(sameSummary(summary, withoutMatch as SeriesSummary)).toBe(false);
    expect(sameSummary(withoutMatch as SeriesSummary, summary)).toBe(false);
  });
});
