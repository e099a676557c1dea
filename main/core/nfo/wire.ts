import { emptyDetails } from './parse';
import type { NfoDetails, NfoReadResult } from './types';

/**
 * A result as it crosses from an NFO worker to the main thread. An episode file's result spreads
 * its first episode's details into its own fields, so that episode is sent as null and rebuilt
 * from them: the copy cost a third of the structured clone, worker and main thread together.
 * Only the ids can differ (links after the XML add to the file's own), so they travel apart.
 */
export interface NfoWireResult extends Omit<NfoReadResult, 'episodes'> {
  episodes: (NfoDetails | null)[];
  /** The first episode's own ids, when that episode was sent as null. */
  firstEpisodeIds?: Record<string, string>;
}

const DETAIL_KEYS = Object.keys(emptyDetails()) as (keyof NfoDetails)[];

function sameDetails(result: NfoReadResult, episode: NfoDetails): boolean {
  for (const key of DETAIL_KEYS) if (key !== 'uniqueIds' && result[key] !== episode[key]) return false;
  return true;
}

export function toWire(result: NfoReadResult): NfoWireResult {
  const first = result.episodes[0];
  if (first === undefined || !sameDetails(result, first)) return result;
  return { ...result, episodes: [null, ...result.episodes.slice(1)], firstEpisodeIds: first.uniqueIds };
}

export function fromWire(wire: NfoWireResult): NfoReadResult {
  const { firstEpisodeIds, ...rest } = wire;
  if (firstEpisodeIds === undefined) return wire as NfoReadResult;
  const first = {} as Record<keyof NfoDetails, unknown>;
  for (const key of DETAIL_KEYS) first[key] = key === 'uniqueIds' ? firstEpisodeIds : rest[key];
  return { ...rest, episodes: [first as unknown as NfoDetails, ...(rest.episodes.slice(1) as NfoDetails[])] };
}
