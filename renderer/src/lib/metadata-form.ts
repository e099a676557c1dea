import type { SeriesDetail, SeriesMetadata } from '../../../shared/types';

/** The form's editable text: what the inputs hold. */
export interface MetadataDraft {
  title: string;
  originalTitle: string;
  sortTitle: string;
  year: string;
  plot: string;
  genres: string;
  providerIds: Array<{ key: string; value: string }>;
  locked: boolean;
}

export function metadataOf(detail: SeriesDetail): SeriesMetadata {
  return detail.metadata ?? { title: detail.title, originalTitle: null, sortTitle: null, year: detail.year, plot: null, genres: [], providerIds: {}, locked: false };
}

export function toDraft(m: SeriesMetadata): MetadataDraft {
  return {
    title: m.title,
    originalTitle: m.originalTitle ?? '',
    sortTitle: m.sortTitle ?? '',
    year: m.year === null ? '' : String(m.year),
    plot: m.plot ?? '',
    genres: m.genres.join(', '),
    providerIds: Object.entries(m.providerIds).map(([key, value]) => ({ key, value })),
    locked: m.locked,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The fields that changed, ready for `series.saveMetadata`, or an error sentence for input the
 * contract would refuse.
 */
export function changedFields(original: SeriesMetadata, draft: MetadataDraft): { fields: Partial<SeriesMetadata> } | { error: string } {
  const title = draft.title.trim();
  if (!title) return { error: 'The title cannot be empty.' };
  let year: number | null = null;
  if (draft.year.trim()) {
    year = Number(draft.year.trim());
    if (!Number.isInteger(year) || year < 1800 || year > 2200) return { error: 'The year must be a whole number like 2023.' };
  }
  const providerIds: Record<string, string> = {};
  for (const row of draft.providerIds) {
    const key = row.key.trim().toLowerCase();
    const value = row.value.trim();
    if (!key && !value) continue;
    if (!/^[a-z0-9_-]{1,20}$/.test(key)) return { error: `“${row.key}” is not a provider name (letters, digits, - or _; e.g. tvdb, anilist).` };
    if (!value) return { error: `The ${key} id is empty.` };
    providerIds[key] = value;
  }
  const genres = draft.genres
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const next: SeriesMetadata = { title, originalTitle: orNull(draft.originalTitle), sortTitle: orNull(draft.sortTitle), year, plot: orNull(draft.plot), genres, providerIds, locked: draft.locked };
  const fields: Partial<SeriesMetadata> = {};
  for (const key of Object.keys(next) as Array<keyof SeriesMetadata>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(original[key])) (fields as Record<string, unknown>)[key] = next[key];
  }
  return { fields };
}
