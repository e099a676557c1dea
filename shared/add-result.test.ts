import { describe, expect, test } from 'vitest';
import type { AddResult, SeriesSummary } from './types';
import { describeAddResult, onlyBadInput, suggestedFolder } from './add-result';

const added = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }) as SeriesSummary);

describe('add result', () => {
  test('counts what was added and lists each skipped path with its reason', () => {
    expect(describeAddResult({ added: added(30), skipped: [] })).toEqual({ tone: 'ok', title: 'Added 30 series', lines: [] });
    const mixed: AddResult = { added: added(2), skipped: [{ path: '/a/x', reason: 'already in the library' }], warnings: [{ path: '/a/y', reason: 'could not be read (EACCES)' }] };
    expect(describeAddResult(mixed)).toEqual({ tone: 'info', title: 'Added 2 series, skipped 1', lines: ['/a/x — already in the library', '/a/y — could not be read (EACCES)'] });
    const bad: AddResult = { added: [], skipped: [{ path: '/nope', reason: '/nope does not exist.', code: 'NOT_FOUND' }] };
    expect(describeAddResult(bad)).toEqual({ tone: 'error', title: 'Added nothing, skipped 1', lines: ['/nope does not exist.'] });
    expect(onlyBadInput(bad)).toBe(true);
    expect(describeAddResult({ added: [], skipped: [{ path: '/a/x', reason: 'already in the library' }] }).tone).toBe('info');
    expect(onlyBadInput(mixed)).toBe(false);
  });

  test('a library folder that became part of the one added, and series already there, are listed but not counted as skipped', () => {
    const parent: AddResult = {
      added: added(1),
      skipped: [
        { path: '/lib/Anime', reason: 'was already in the library; it is now part of /lib', kept: true },
        { path: '/lib', reason: '2 series already in the library, kept as they are', kept: true },
      ],
    };
    expect(describeAddResult(parent)).toEqual({ tone: 'info', title: 'Added 1 series', lines: ['/lib/Anime — was already in the library; it is now part of /lib', '/lib — 2 series already in the library, kept as they are'] });
    expect(describeAddResult({ ...parent, skipped: [...parent.skipped, { path: '/lib/x', reason: 'already in the library' }] }).title).toBe('Added 1 series, skipped 1');
  });

  test('series found renamed or moved are told apart from new ones, each with its old and new folder', () => {
    const moved = [{ from: '/lib/Show A', series: { id: 7, path: '/lib/Airing/Show A (2024)' } as SeriesSummary }];
    const line = '/lib/Show A → /lib/Airing/Show A (2024) (renamed or moved: kept, with its match and settings)';
    expect(describeAddResult({ added: [], skipped: [], moved })).toEqual({ tone: 'ok', title: '1 series found moved', lines: [line] });
    expect(describeAddResult({ added: added(2), skipped: [], moved })).toEqual({ tone: 'ok', title: 'Added 2 series, 1 series found moved', lines: [line] });
    const withBad: AddResult = { added: [], skipped: [{ path: '/nope', reason: '/nope does not exist.', code: 'NOT_FOUND' }], moved };
    expect(describeAddResult(withBad)).toEqual({ tone: 'info', title: '1 series found moved, skipped 1', lines: [line, '/nope does not exist.'] });
    expect(onlyBadInput(withBad)).toBe(false);
  });

  test('a library folder found at its new place is told, with the series not found there', () => {
    const movedRoots = [{ rootId: 1, from: '/mnt/nas/anime', to: '/media/nas/anime', series: 532, found: 530 }];
    const line = '/mnt/nas/anime → /media/nas/anime: the library folder moved; its 532 series keep their matches, locks and settings and are read again; 2 not found there (missing until they are back or you remove them)';
    expect(describeAddResult({ added: [], skipped: [], movedRoots })).toEqual({ tone: 'ok', title: 'Library folder found at its new place', lines: [line] });
    expect(describeAddResult({ added: added(3), skipped: [], movedRoots }).title).toBe('Added 3 series, library folder found at its new place');
    expect(onlyBadInput({ added: [], skipped: [{ path: '/x', reason: 'x', code: 'NOT_FOUND' }], movedRoots })).toBe(false);
  });

  test('a thousand skipped paths are capped', () => {
    const skipped = Array.from({ length: 1000 }, (_, i) => ({ path: `/a/${i}`, reason: 'already in the library' }));
    const report = describeAddResult({ added: [], skipped });
    expect(report.lines).toHaveLength(26);
    expect(report.lines.at(-1)).toBe('…and 975 more');
  });

  test('a refused season folder suggests its series folder, named by its last part (Windows paths too)', () => {
    const refused = (instead?: string): AddResult => ({ added: [], skipped: [{ path: '/a/S/Season 1', reason: 'is a season folder', code: 'SEASON_FOLDER', ...(instead ? { instead } : {}) }] });
    expect(suggestedFolder(refused('/anime/Frieren'))).toEqual({ path: '/anime/Frieren', name: 'Frieren' });
    expect(suggestedFolder(refused('D:\\Anime\\Mob Psycho 100'))).toEqual({ path: 'D:\\Anime\\Mob Psycho 100', name: 'Mob Psycho 100' });
    expect(suggestedFolder(refused())).toBeNull();
    expect(suggestedFolder({ added: added(1), skipped: [] })).toBeNull();
  });
});
