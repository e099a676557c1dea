import { expect, test } from 'vitest';
import { contentRatingFromTmdb, systemRatingCountry } from './content-rating';

const RATINGS = [
  { iso_3166_1: 'DE', rating: '16', descriptors: [] },
  { iso_3166_1: 'US', rating: 'TV-MA', descriptors: [] },
  { iso_3166_1: 'JP', rating: 'R15+', descriptors: [] },
  { iso_3166_1: 'FR', rating: ' ', descriptors: [] },
  { iso_3166_1: 'GB', rating: '18', descriptors: [] },
];

test("the chosen country's rating as Jellyfin stores it: plain for the US, the country in front elsewhere, Germany's as FSK", () => {
  expect(contentRatingFromTmdb(RATINGS, 'US')).toBe('TV-MA');
  expect(contentRatingFromTmdb(RATINGS, 'gb')).toBe('GB-18');
  expect(contentRatingFromTmdb(RATINGS, 'de')).toBe('FSK-16');
});

test('a country without a rating falls back to the US, then to the country of origin; none at all is null', () => {
  expect(contentRatingFromTmdb(RATINGS, 'FR')).toBe('TV-MA');
  expect(contentRatingFromTmdb(RATINGS.filter((r) => r.iso_3166_1 !== 'US'), 'IT', ['JP'])).toBe('JP-R15+');
  expect(contentRatingFromTmdb([], 'US', ['JP'])).toBeNull();
});

test("the default country is the region of the system's locale, else the US", () => {
  expect(systemRatingCountry('de-DE')).toBe('DE');
  expect(systemRatingCountry('ja')).toBe('JP');
  expect(systemRatingCountry('en-GB')).toBe('GB');
  expect(systemRatingCountry('und')).toBe('US');
  expect(systemRatingCountry('not a locale!')).toBe('US');
});
