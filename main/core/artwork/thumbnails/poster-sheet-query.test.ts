import { describe, expect, test } from 'vitest';
import { MAX_SHEET_POSTERS } from './poster-sheet';
import { parsePosterSheetQuery } from './poster-sheet-query';

const parse = (query: string) => parsePosterSheetQuery(new URLSearchParams(query));

describe('parsePosterSheetQuery', () => {
  test('reads the thumbnail kind and the posters in order, each with its version or none', () => {
    expect(parse('kind=poster-thumb-small&s=12.1a2b-lq3x9,5,77.0-0')).toEqual({
      kind: 'poster-thumb-small',
      posters: [
        { seriesId: 12, version: '1a2b-lq3x9' },
        { seriesId: 5, version: null },
        { seriesId: 77, version: '0-0' },
      ],
    });
    expect(parse(`kind=poster-thumb&s=${Array.from({ length: MAX_SHEET_POSTERS }, (_, i) => i + 1).join(',')}`)?.posters).toHaveLength(MAX_SHEET_POSTERS);
  });

  test('refuses anything else', () => {
    for (const query of [
      's=1,2', 'kind=poster&s=1', 'kind=poster-thumb-large&s=1', 'kind=poster-thumb', 'kind=poster-thumb&s=',
      'kind=poster-thumb&s=0', 'kind=poster-thumb&s=-1', 'kind=poster-thumb&s=1,,2', 'kind=poster-thumb&s=1.2', 'kind=poster-thumb&s=1.A-B',
      'kind=poster-thumb&s=1.../etc', 'kind=poster-thumb&s=1%2F..', 'kind=poster-thumb&s=99999999999999999',
      `kind=poster-thumb&s=${Array.from({ length: MAX_SHEET_POSTERS + 1 }, (_, i) => i + 1).join(',')}`,
    ]) {
      expect(parse(query), query).toBeNull();
    }
  });
});
