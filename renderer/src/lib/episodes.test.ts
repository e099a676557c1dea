import { describe, expect, test } from 'vitest';
import type { EpisodeSummary } from '../../../shared/types';
import { episodeTags, groupBySeason } from './episodes';

const ep = (over: Partial<EpisodeSummary>): EpisodeSummary => ({ path: '/a/x.mkv', season: 1, episodes: [1], absolute: [], ...over });

describe('episodes', () => {
  test('group by season, specials and unknown last', () => {
    const groups = groupBySeason([ep({ season: 2 }), ep({ season: null, episodes: [] }), ep({ season: 0 }), ep({ season: 1 }), ep({ season: 1, special: true }), ep({ season: 10 })]);
    expect(groups.map((g) => [g.label, g.episodes.length])).toEqual([
      ['Season 1', 1],
      ['Season 2', 1],
      ['Season 10', 1],
      ['Specials', 2],
      ['Not recognised', 1],
    ]);
  });

  test("a season the NFO names is labelled with its number and its name", () => {
    const groups = groupBySeason([ep({ season: 1 }), ep({ season: 4 }), ep({ season: 0 })], { 4: 'The Final Season', 0: 'Extras' });
    expect(groups.map((g) => g.label)).toEqual(['Season 1', 'Season 4 · The Final Season', 'Specials']);
  });

  test('a flat fansub folder groups as "Episodes", before specials', () => {
    const groups = groupBySeason([ep({ season: null, episodes: [1, 2], absolute: [1, 2] }), ep({ season: null, episodes: [1], special: true, specialKind: 'ova' }), ep({ season: null, episodes: [3], absolute: [3] })]);
    expect(groups.map((g) => [g.label, g.episodes.length])).toEqual([
      ['Episodes', 2],
      ['Specials', 1],
    ]);
  });

  test('tags show what was parsed', () => {
    expect(episodeTags(ep({ season: 1, episodes: [5] }))).toEqual(['S01E05']);
    // One file of an episode split into several.
    expect(episodeTags(ep({ season: 1, episodes: [5], part: 2 }))).toEqual(['S01E05', 'part 2']);
    expect(episodeTags(ep({ season: 1, episodes: [1, 2] }))).toEqual(['S01E01–E02']);
    expect(episodeTags(ep({ season: null, episodes: [], absolute: [25] }))).toEqual(['Ep 25']);
    expect(episodeTags(ep({ season: null, episodes: [1, 2], absolute: [1, 2] }))).toEqual(['Ep 1–2']);
    expect(episodeTags(ep({ season: 2, episodes: [3], absolute: [27] }))).toEqual(['S02E03', '#27']);
    expect(episodeTags(ep({ season: null, episodes: [1], special: true, specialKind: 'ova' }))).toEqual(['OVA 1']);
    expect(episodeTags(ep({ season: null, episodes: [3], version: 2 }))).toEqual(['E03', 'v2']);
    expect(episodeTags(ep({ season: 0, episodes: [1], special: true }))).toEqual(['S00E01', 'special']);
    expect(episodeTags(ep({ season: null, episodes: [] }))).toEqual(['not recognised']);
  });
});
