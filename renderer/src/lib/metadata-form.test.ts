import { describe, expect, test } from 'vitest';
import type { SeriesMetadata } from '../../../shared/types';
import { changedFields, toDraft } from './metadata-form';

const original: SeriesMetadata = { title: 'Odd Taxi', originalTitle: null, sortTitle: null, year: 2021, plot: null, genres: ['Mystery'], providerIds: { tvdb: '397934' }, locked: false };

describe('metadata form', () => {
  test('only changed fields are sent', () => {
    expect(changedFields(original, toDraft(original))).toEqual({ fields: {} });
    const draft = { ...toDraft(original), plot: '  A walrus drives a taxi. ', genres: 'Mystery, Drama,', locked: true };
    expect(changedFields(original, draft)).toEqual({ fields: { plot: 'A walrus drives a taxi.', genres: ['Mystery', 'Drama'], locked: true } });
    const ids = { ...toDraft(original), providerIds: [{ key: 'TVDB', value: '397934' }, { key: 'anilist', value: '128547' }, { key: '', value: '' }] };
    expect(changedFields(original, ids)).toEqual({ fields: { providerIds: { tvdb: '397934', anilist: '128547' } } });
    expect(changedFields(original, { ...toDraft(original), year: '', originalTitle: 'オッドタクシー' })).toEqual({ fields: { year: null, originalTitle: 'オッドタクシー' } });
  });

  test('input the contract would refuse is caught with a sentence', () => {
    expect(changedFields(original, { ...toDraft(original), title: '  ' })).toEqual({ error: 'The title cannot be empty.' });
    expect(changedFields(original, { ...toDraft(original), year: '20x1' })).toHaveProperty('error');
    expect(changedFields(original, { ...toDraft(original), providerIds: [{ key: 'the db', value: '1' }] })).toHaveProperty('error');
    expect(changedFields(original, { ...toDraft(original), providerIds: [{ key: 'tmdb', value: ' ' }] })).toEqual({ error: 'The tmdb id is empty.' });
  });
});
