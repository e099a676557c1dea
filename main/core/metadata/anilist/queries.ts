// One search request carries what scoring and the NFO need. If AniList refuses it for its
// complexity, the same search runs as two lighter requests (ids and scoring fields, then the
// rest by id) — see client.ts.

const TITLE = 'title { romaji english native }';
const DATE = '{ year month day }';

/** What the matcher scores on: titles, format, episodes, dates, the sequel chain. */
export const SCORING_FIELDS = `
  id idMal ${TITLE} synonyms format episodes status
  startDate ${DATE} endDate ${DATE} season seasonYear siteUrl
  coverImage { extraLarge large medium color }
  relations { edges { relationType node { id type format ${TITLE} startDate ${DATE} } } }
  nextAiringEpisode { airingAt episode timeUntilAiring }`;

/** What the NFO needs besides: plot, genres, tags, studio, banner, rating. */
export const DETAIL_FIELDS = `
  id description(asHtml: false) genres tags { name rank isMediaSpoiler } averageScore
  studios(isMain: true) { nodes { name } } bannerImage`;

export const SEARCH_QUERY = `query ($search: String, $perPage: Int) {
  Page(page: 1, perPage: $perPage) {
    media(search: $search, type: ANIME, sort: SEARCH_MATCH) { ${SCORING_FIELDS} ${DETAIL_FIELDS} }
  }
}`;

export const SEARCH_LIGHT_QUERY = `query ($search: String, $perPage: Int) {
  Page(page: 1, perPage: $perPage) {
    media(search: $search, type: ANIME, sort: SEARCH_MATCH) { ${SCORING_FIELDS} }
  }
}`;

export const DETAILS_BY_IDS_QUERY = `query ($ids: [Int], $perPage: Int) {
  Page(page: 1, perPage: $perPage) {
    media(id_in: $ids, type: ANIME) { ${DETAIL_FIELDS} }
  }
}`;

export const MEDIA_BY_ID_QUERY = `query ($id: Int) {
  Media(id: $id, type: ANIME) { ${SCORING_FIELDS} ${DETAIL_FIELDS} }
}`;

export const MEDIA_BY_MAL_ID_QUERY = `query ($idMal: Int) {
  Media(idMal: $idMal, type: ANIME) { ${SCORING_FIELDS} ${DETAIL_FIELDS} }
}`;
