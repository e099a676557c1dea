import type { NfoActor } from '../nfo/types';
import type { AniListCharacterEdge } from './anilist/types';
import type { TmdbCastMember } from './tmdb/types';

/** Kodi lists the cast in full; a show's first dozen or so are the ones anyone looks for. */
export const MAX_CAST = 15;

/**
 * TMDB's cast over every season, in its own order: each person once, with the role they played
 * in the most episodes, and their profile picture at full size (as Kodi's TMDB scraper gives it).
 */
export function castFromTmdb(cast: readonly TmdbCastMember[] | undefined, imageBase: string): NfoActor[] {
  return [...(cast ?? [])]
    .sort((a, b) => a.order - b.order)
    .slice(0, MAX_CAST)
    .map((person, order) => {
      const role = [...person.roles].sort((a, b) => b.episode_count - a.episode_count)[0]?.character || null;
      return { name: person.name, role, order, thumb: person.profile_path && imageBase ? `${imageBase}original${person.profile_path}` : null };
    });
}

/**
 * AniList's characters, main ones first: the actor is the character's first Japanese voice actor
 * and the role the character (as Jellyfin's and Kodi's anime scrapers list them); a character
 * nobody voices is left out.
 */
export function castFromAniList(edges: ReadonlyArray<AniListCharacterEdge | null> | null | undefined): NfoActor[] {
  const cast: NfoActor[] = [];
  for (const edge of edges ?? []) {
    const actor = edge?.voiceActors?.find((va) => va?.name?.full);
    if (!actor?.name?.full) continue;
    cast.push({ name: actor.name.full, role: edge?.node?.name?.full ?? null, order: cast.length, thumb: actor.image?.large ?? null });
    if (cast.length === MAX_CAST) break;
  }
  return cast;
}
