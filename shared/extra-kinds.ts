/**
 * Kinds of video that never stand for an episode: openings, endings, trailers, previews,
 * commercials, a disc's menus and bonus material. No missing episode is covered by one, and no
 * episode NFO is written for one, so Kodi does not list it among the episodes or specials.
 */
export const EXTRA_KIND_LIST = ['ncop', 'nced', 'op', 'ed', 'pv', 'preview', 'trailer', 'cm', 'extra'] as const;
const EXTRA_KINDS: ReadonlySet<string> = new Set(EXTRA_KIND_LIST);

export function isExtraKind(specialKind: string | null | undefined): boolean {
  return specialKind !== null && specialKind !== undefined && EXTRA_KINDS.has(specialKind);
}
