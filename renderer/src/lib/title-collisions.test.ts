import { expect, test } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { titleNotes } from './title-collisions';

const s = (id: number, title: string, path: string) => ({ id, title, path }) as SeriesSummary;

test('only colliding titles get a note: the folder name, or the parent folder when folders match too', () => {
  const notes = titleNotes([
    s(1, 'Cowboy Bebop', '/anime/Cowboy Bebop (1998)'),
    s(2, 'cowboy bebop', '/anime/Cowboy Bebop (2021)'),
    s(3, 'Planetes', '/anime/Planetes'),
    s(4, 'Monster', '/nas/anime/Monster'),
    s(5, 'Monster', '/media/backup/Monster'),
  ]);
  expect([...notes.entries()]).toEqual([
    [1, 'Cowboy Bebop (1998)'],
    [2, 'Cowboy Bebop (2021)'],
    [4, 'in anime'],
    [5, 'in backup'],
  ]);
});
