import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeEpisodeNfo } from './merge-episode';
import { parseNfo } from './parse';

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');

describe('mergeEpisodeNfo', () => {
  test('a new file holds one <episodedetails> that reads back the values written', () => {
    const text = mergeEpisodeNfo(null, [{ season: 1, episode: 3, title: 'Tom & <Jerry> ]]> -->', plot: 'A plot 🎬', aired: '2020-01-17', uniqueId: { type: 'tmdb', value: '1001' } }]);
    const read = parseNfo(text);
    expect(read).toMatchObject({ kind: 'episodedetails', problems: [] });
    expect(read.episodes).toHaveLength(1);
    expect(read.episodes[0]).toMatchObject({ title: 'Tom & <Jerry> ]]> -->', season: 1, episode: 3, plot: 'A plot 🎬', aired: '2020-01-17', uniqueIds: { tmdb: '1001' } });
  });

  test('a multi-episode file gets one <episodedetails> per episode, in episode order', () => {
    const text = mergeEpisodeNfo(null, [{ season: 1, episode: 2, title: 'Two' }, { season: 1, episode: 1, title: 'One' }]);
    expect(parseNfo(text).episodes.map((e) => [e.season, e.episode, e.title])).toEqual([[1, 1, 'One'], [1, 2, 'Two']]);
    expect(text.match(/<episodedetails>/g)).toHaveLength(2);
  });

  test("merges into another tool's multi-episode file: the matching element changes, the rest is kept", () => {
    const existing = corpus('kodi-multi-episode.nfo');
    const text = mergeEpisodeNfo(existing, [{ season: 1, episode: 2, plot: 'New plot.' }]);
    const read = parseNfo(text);
    expect(read.episodes.map((e) => [e.episode, e.title, e.plot])).toEqual([
      [1, 'Asteroid Blues', 'Spike and Jet pursue a drug dealer.'],
      [2, 'Stray Dog Strut', 'New plot.'],
    ]);
    expect(text).toContain('<!-- NFO for first episode-->');
    expect(text).toContain('<uniqueid type="tvdb" default="true">183285</uniqueid>');
  });

  test("an episode's provider id goes beside another tool's id, which keeps its value and its default", () => {
    const existing = corpus('kodi-multi-episode.nfo');
    const text = mergeEpisodeNfo(existing, [{ season: 1, episode: 2, uniqueId: { type: 'tmdb', value: '58966' } }]);
    expect(parseNfo(text).episodes[1]).toMatchObject({ episode: 2, uniqueIds: { tvdb: '183285', tmdb: '58966' } });
    expect(text).toContain('<uniqueid type="tvdb" default="true">183285</uniqueid>');
    expect(text).toContain('<uniqueid type="tmdb">58966</uniqueid>');
    // Alone, it is the default.
    expect(mergeEpisodeNfo(null, [{ season: 1, episode: 2, uniqueId: { type: 'tmdb', value: '58966' } }])).toContain('<uniqueid type="tmdb" default="true">58966</uniqueid>');
  });

  test('returns the existing text itself when nothing changes', () => {
    const existing = corpus('kodi-multi-episode.nfo');
    expect(mergeEpisodeNfo(existing, [{ season: 1, episode: 1, title: 'Asteroid Blues' }])).toBe(existing);
  });

  test('an episode the file lacks is added in order; a locked element is left as it is', () => {
    const existing = '<episodedetails><title>Mine</title><season>1</season><episode>2</episode><lockdata>true</lockdata></episodedetails>';
    const read = parseNfo(mergeEpisodeNfo(existing, [{ season: 1, episode: 1, title: 'One' }, { season: 1, episode: 2, title: 'Theirs' }]));
    expect(read.episodes.map((e) => [e.episode, e.title])).toEqual([[1, 'One'], [2, 'Mine']]);
  });

  test('never merges into a file that is not a Kodi episode NFO', () => {
    for (const text of [corpus('scene-release.nfo'), corpus('kodi-tvshow.nfo'), corpus('movie.nfo'), '<episodedetails><title>cut']) {
      expect(() => mergeEpisodeNfo(text, [{ season: 1, episode: 1, title: 'x' }])).toThrow(expect.objectContaining({ code: 'NFO_INVALID' }));
    }
  });

  test('refuses numbers and dates that are not real', () => {
    expect(() => mergeEpisodeNfo(null, [])).toThrow(expect.objectContaining({ code: 'NFO_FIELDS' }));
    expect(() => mergeEpisodeNfo(null, [{ season: 1.5, episode: 1 }])).toThrow(expect.objectContaining({ code: 'NFO_FIELDS' }));
    expect(() => mergeEpisodeNfo(null, [{ season: 1, episode: 1, aired: '2020-02-30' }])).toThrow(expect.objectContaining({ code: 'NFO_FIELDS' }));
  });
});
