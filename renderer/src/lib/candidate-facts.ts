import type { MatchCandidate } from '../../../shared/types';

/** "1998 · TV · 26 episodes · AniList": what tells one candidate of an identification from another. */
export function candidateFacts(c: Pick<MatchCandidate, 'year' | 'format' | 'episodes' | 'provider'>): string {
  const episodes = c.episodes === null ? null : `${c.episodes} ${c.episodes === 1 ? 'episode' : 'episodes'}`;
  return [c.year, c.format, episodes, c.provider === 'anilist' ? 'AniList' : 'TMDB'].filter(Boolean).join(' · ');
}
