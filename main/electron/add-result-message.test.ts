import { describe, expect, it } from 'vitest';
import type { SeriesSummary } from '../../shared/types';
import { describeAddResult } from './add-result-message';
import { SeriesCounter } from './series-counter';

const series = (id: number) => ({ id }) as SeriesSummary;

describe('describeAddResult', () => {
  it('says nothing when every folder brought series in', () => {
    expect(describeAddResult({ added: [series(1)], skipped: [] })).toBeNull();
  });

  it('explains a dropped file', () => {
    expect(describeAddResult({ added: [], skipped: [{ path: '/x/notes.txt', reason: '/x/notes.txt is a file, not a folder.', code: 'NOT_A_FOLDER' }] })).toEqual({
      kind: 'warning',
      message: 'Nothing was added.',
      detail: '/x/notes.txt: /x/notes.txt is a file, not a folder.',
    });
  });

  it('sums up a partly successful add and cuts a long list', () => {
    const skipped = Array.from({ length: 20 }, (_, i) => ({ path: `/f${i}`, reason: 'already in the library' }));
    const message = describeAddResult({ added: [series(1), series(2)], skipped })!;
    expect(message.kind).toBe('info');
    expect(message.message).toBe('Added 2 series; 20 folders need a look.');
    expect(message.detail.split('\n')).toHaveLength(13);
    expect(message.detail).toMatch(/…and 8 more\.$/);
  });
});

describe('SeriesCounter', () => {
  it('counts from one listing and the change events after it', () => {
    const counter = new SeriesCounter([series(1), series(2)]);
    expect(counter.apply({ series: [series(2), series(3), series(4)] })).toBe(4);
    expect(counter.apply({ series: [], removed: [1, 99] })).toBe(3);
    expect(counter.total).toBe(3);
  });
});
