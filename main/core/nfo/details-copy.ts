import type { NfoDetails, NfoReadResult } from './types';

// Copies written out field by field: V8 spreads these wide objects ({ ...details, kind }) many
// times slower, and the reader builds one or two per file on each thread.

/** `d` with other ids: a file's result and its first episode differ only there. */
export function detailsWithIds(d: NfoDetails, uniqueIds: Record<string, string>): NfoDetails {
  return {
    title: d.title, originalTitle: d.originalTitle, sortTitle: d.sortTitle, showTitle: d.showTitle, year: d.year,
    premiered: d.premiered, aired: d.aired, plot: d.plot, outline: d.outline, tagline: d.tagline, status: d.status,
    runtime: d.runtime, mpaa: d.mpaa, uniqueIds, defaultUniqueId: d.defaultUniqueId, genres: d.genres, tags: d.tags,
    studios: d.studios, ratings: d.ratings, actors: d.actors, art: d.art, season: d.season, episode: d.episode,
    displaySeason: d.displaySeason, displayEpisode: d.displayEpisode, locked: d.locked,
  };
}

/** A file's result: the main element's details (with the file's ids) and what only files have. */
export function readResultOf(d: NfoDetails, uniqueIds: Record<string, string>, file: Omit<NfoReadResult, keyof NfoDetails>): NfoReadResult {
  return {
    title: d.title, originalTitle: d.originalTitle, sortTitle: d.sortTitle, showTitle: d.showTitle, year: d.year,
    premiered: d.premiered, aired: d.aired, plot: d.plot, outline: d.outline, tagline: d.tagline, status: d.status,
    runtime: d.runtime, mpaa: d.mpaa, uniqueIds, defaultUniqueId: d.defaultUniqueId, genres: d.genres, tags: d.tags,
    studios: d.studios, ratings: d.ratings, actors: d.actors, art: d.art, season: d.season, episode: d.episode,
    displaySeason: d.displaySeason, displayEpisode: d.displayEpisode, locked: d.locked,
    kind: file.kind, namedSeasons: file.namedSeasons, episodeGuide: file.episodeGuide, episodes: file.episodes,
    urls: file.urls, problems: file.problems,
  };
}
