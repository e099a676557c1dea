export interface EpisodeNumbers {
  season: number | null;
  episodes: number[];
  absolute: number[];
  special: boolean;
  title: string | null;
}

// The simple rule used until the full name parser: SxxEyy, else "- 05", else a lone number.
export function episodeNumbersFor(relPath: string, seasonHint: number | null): EpisodeNumbers {
  const parts = relPath.split('/');
  const file = parts.at(-1) ?? relPath;
  const folderSeason = parts.length > 1 ? /(?:season|s)\s*(\d+)/i.exec(parts.at(-2) ?? '') : null;
  const sxe = /s(\d{1,2})e(\d{1,4})/i.exec(file);
  if (sxe) return { season: Number(sxe[1]), episodes: [Number(sxe[2])], absolute: [], special: Number(sxe[1]) === 0, title: null };
  const dash = /\s-\s(\d{1,4})(?:v\d)?\b/.exec(file) ?? /(?:^|\D)(\d{1,4})(?=\D*$)/.exec(file.replace(/\.[^.]+$/, ''));
  const n = dash ? Number(dash[1]) : null;
  const season = folderSeason ? Number(folderSeason[1]) : seasonHint;
  return { season, episodes: n === null ? [] : [n], absolute: n !== null && season === null ? [n] : [], special: season === 0, title: null };
}
