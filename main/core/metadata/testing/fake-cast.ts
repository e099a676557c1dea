import type { AniListCharacterEdge } from '../anilist/types';
import type { TmdbCastMember } from '../tmdb/types';

/**
 * Three people as TMDB's aggregate_credits lists a show's cast: the lead, a second lead who
 * played two roles (the one in more episodes is theirs), and a guest without a profile picture.
 */
export function tmdbCastOf(id: number, name: string, seasons: readonly number[]): TmdbCastMember[] {
  const episodes = seasons.reduce((a, b) => a + b, 0);
  const person = (k: number, roles: Array<[string, number]>, photo: boolean): TmdbCastMember => ({
    id: id * 10 + k,
    name: `${name} Actor ${k + 1}`,
    profile_path: photo ? `/a${id}-${k}.jpg` : null,
    roles: roles.map(([character, count], i) => ({ credit_id: `c${id}-${k}-${i}`, character, episode_count: count })),
    total_episode_count: roles.reduce((a, [, count]) => a + count, 0),
    order: k,
  });
  return [person(0, [[`${name} Lead`, episodes]], true), person(1, [['Young Sidekick', 1], ['Sidekick', Math.max(2, episodes - 1)]], true), person(2, [['Guest', 1]], false)];
}

/**
 * AniList's `characters` edges for an entry: a main character with two Japanese voice actors
 * (the first is theirs), a supporting one nobody voices (a mute role, as AniList lists them), and
 * one whose voice actor has no picture. Pictures point at AniList's CDN like the real ones.
 */
export function aniListCharactersOf(id: number, title: string): { edges: AniListCharacterEdge[] } {
  const actor = (n: number, picture: boolean) => ({ name: { full: `${title} Seiyuu ${n}` }, image: { large: picture ? `https://s4.anilist.co/file/anilistcdn/staff/large/n${id}${n}.png` : null } });
  return {
    edges: [
      { role: 'MAIN', node: { name: { full: `${title} Hero` } }, voiceActors: [actor(1, true), actor(9, true)] },
      { role: 'SUPPORTING', node: { name: { full: `${title} Mute Friend` } }, voiceActors: [] },
      { role: 'SUPPORTING', node: { name: { full: `${title} Rival` } }, voiceActors: [actor(2, false)] },
    ],
  };
}
