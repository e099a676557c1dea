import { expect, test } from 'vitest';
import { LOADING_STAGES } from './types';

test('the loader stages run in the documented order', () => {
  expect(LOADING_STAGES).toEqual(['episodes', 'nfo', 'logo', 'images']);
});
