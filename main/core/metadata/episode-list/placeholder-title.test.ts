import { expect, test } from 'vitest';
import { isPlaceholderTitle, providerTitle } from './placeholder-title';

test('a provider\'s stand-in names are no titles; real titles that hold such words are', () => {
  for (const name of ['Episode 3', 'episode 12', 'Épisode 7', 'Episodio 4', 'Episódio 2', 'Folge 9', 'Aflevering 1', 'Серия 5', '第3話', '第 12 话', 'TBA', 'tbd', 'To Be Announced', ' Episode 3 ']) {
    expect(isPlaceholderTitle(name), name).toBe(true);
  }
  for (const name of ['Pilot', 'Episode 3: The Return', 'The Last Episode', 'Episode IV', 'Part 3', '3', 'TBA Live', '第3話 旅立ち']) {
    expect(isPlaceholderTitle(name), name).toBe(false);
  }
  expect(providerTitle('Episode 3')).toBeNull();
  expect(providerTitle('')).toBeNull();
  expect(providerTitle(null)).toBeNull();
  expect(providerTitle('Ozymandias')).toBe('Ozymandias');
});
