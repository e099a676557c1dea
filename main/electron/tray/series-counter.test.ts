import { describe, expect, it } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { SeriesCounter } from './series-counter';

const series = (id: number) => ({ id }) as SeriesSummary;

describe('SeriesCounter', () => {
  it('counts from one listing and the change events after it', () => {
    const counter = new SeriesCounter([series(1), series(2)]);
    expect(counter.apply({ series: [series(2), series(3), series(4)] })).toBe(4);
    expect(counter.apply({ series: [], removed: [1, 99] })).toBe(3);
    expect(counter.total).toBe(3);
  });
});
