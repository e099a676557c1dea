import { expect, test } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { titleNotes } from './title-collisions';

const s = (id: number, title: string, path: string, seasonHint?: number) => ({ id, title, path, ...(seasonHint ? { seasonHint } : {}) }) as SeriesSummary;

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

test("season packs of one show are told apart by the season their folders' names say", () => {
  const notes = titleNotes([
    s(1, 'Breaking Bad', '/tv/Breaking.Bad.2008.S01.1080p.BluRay.x264-ROVERS', 1),
    s(2, 'Breaking Bad', '/tv/Breaking.Bad.2008.S02.1080p.BluRay.x264-ROVERS', 2),
    // One of them names no season: the folder names tell them apart.
    s(3, 'Dark', '/tv/Dark.S01.1080p.NF.WEB-DL', 1),
    s(4, 'Dark', '/tv/Dark'),
  ]);
  expect([...notes.entries()]).toEqual([
    [1, 'Season 1'],
    [2, 'Season 2'],
    [3, 'Dark.S01.1080p.NF.WEB-DL'],
    [4, 'Dark'],
  ]);
});
