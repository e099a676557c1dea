import { describe, expect, test } from 'vitest';
import { DEFAULT_QUERY } from './query';
import { queryFromSearch, searchForQuery } from './url-query';

describe('query in the address', () => {
  test('round-trips search, filter and sort; the default view has no parameters', () => {
    const query = { search: 'cowboy bebop', filter: 'failed', sort: 'added' } as const;
    expect(queryFromSearch(searchForQuery(query))).toEqual(query);
    expect(searchForQuery(DEFAULT_QUERY)).toBe('');
    expect(searchForQuery({ ...DEFAULT_QUERY, search: 'a&b=c' })).toBe('?q=a%26b%3Dc');
  });

  test('unknown values fall back to the defaults; other parameters are kept', () => {
    expect(queryFromSearch('?filter=nope&sort=%3Cscript%3E')).toEqual(DEFAULT_QUERY);
    expect(searchForQuery({ ...DEFAULT_QUERY, sort: 'status' }, '?debug=1&q=old')).toBe('?debug=1&sort=status');
  });
});
