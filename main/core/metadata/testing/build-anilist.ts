import type { AniListMedia, AniListRelationEdge } from '../anilist/types';
import type { AniListSeed } from './data/anilist-seeds';

const SEASONS = ['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const;

/** Full AniList Media objects (relations both ways) from the hand-written seeds. */
export function buildAniListMedia(seeds: readonly AniListSeed[]): AniListMedia[] {
  const byId = new Map(seeds.map((s) => [s.id, s]));
  const edges = new Map<number, AniListRelationEdge[]>(seeds.map((s) => [s.id, []]));
  const link = (from: AniListSeed, to: number, relationType: AniListRelationEdge['relationType']) => {
    const target = byId.get(to);
    if (!target) return;
    edges.get(from.id)!.push({
      relationType,
      node: { id: target.id, type: 'ANIME', format: target.format, title: titleOf(target), startDate: { year: target.year, month: 4, day: 1 } },
    });
  };
  for (const seed of seeds) {
    if (seed.prequel !== undefined) {
      link(seed, seed.prequel, 'PREQUEL');
      link(byId.get(seed.prequel) ?? seed, seed.id, byId.has(seed.prequel) ? 'SEQUEL' : 'OTHER');
    }
    if (seed.parent !== undefined) {
      link(seed, seed.parent, 'PARENT');
      if (byId.has(seed.parent)) link(byId.get(seed.parent)!, seed.id, 'SIDE_STORY');
    }
  }
  return seeds.map((seed, i) => toMedia(seed, edges.get(seed.id)!, i));
}

function titleOf(seed: AniListSeed) {
  return { romaji: seed.romaji, english: seed.english ?? null, native: seed.native ?? null };
}

function toMedia(seed: AniListSeed, relations: AniListRelationEdge[], i: number): AniListMedia {
  const status = seed.status ?? 'FINISHED';
  const weeks = Math.max(0, (seed.eps ?? 12) - 1);
  const end = new Date(Date.UTC(seed.year, 3, 1 + weeks * 7));
  return {
    id: seed.id,
    idMal: seed.mal ?? null,
    title: titleOf(seed),
    synonyms: seed.syn ?? [],
    format: seed.format,
    episodes: seed.eps,
    status,
    startDate: { year: seed.year, month: 4, day: 1 },
    endDate: status === 'FINISHED' ? { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() } : { year: null, month: null, day: null },
    season: SEASONS[1]!,
    seasonYear: seed.year,
    description: `${seed.english ?? seed.romaji} (${seed.year}): the story of ${seed.romaji}. <br><br>(Source: test data)`,
    genres: i % 2 === 0 ? ['Action', 'Drama'] : ['Comedy', 'Slice of Life'],
    tags: [{ name: i % 2 === 0 ? 'Shounen' : 'School', rank: 80, isMediaSpoiler: false }],
    averageScore: 60 + (seed.id % 35),
    studios: { nodes: seed.studio ? [{ name: seed.studio }] : [] },
    coverImage: {
      extraLarge: `https://s4.anilist.co/file/anilistcdn/media/anime/cover/large/bx${seed.id}.jpg`,
      large: `https://s4.anilist.co/file/anilistcdn/media/anime/cover/medium/bx${seed.id}.jpg`,
      medium: `https://s4.anilist.co/file/anilistcdn/media/anime/cover/small/bx${seed.id}.jpg`,
      color: '#e4a15d',
    },
    bannerImage: `https://s4.anilist.co/file/anilistcdn/media/anime/banner/${seed.id}.jpg`,
    siteUrl: `https://anilist.co/anime/${seed.id}`,
    relations: { edges: relations },
    nextAiringEpisode: status === 'RELEASING' ? { airingAt: Math.floor(Date.UTC(2026, 11, 5) / 1000), episode: 5, timeUntilAiring: 86400 } : null,
  };
}
