import type { SeriesSummary } from '../../shared/types';

export function statusText(s: SeriesSummary): string {
  // 'missing' is the stored state of a folder gone from its library; users read "gone" everywhere.
  if (s.state !== 'present') return s.state === 'missing' ? 'gone' : s.state;
  if (s.loadingStatus === 'loading') return `loading ${s.loadingStage ?? ''}`.trim();
  if (s.loadingStatus === 'failed') return `failed: ${s.loadingError?.code ?? ''}`;
  return s.loadingStatus;
}

export function mediaMarks(s: SeriesSummary): string {
  return [s.hasNfo ? 'nfo' : '-', s.hasPoster ? 'poster' : '-', s.hasLogo ? 'logo' : '-', s.hasFanart ? 'fanart' : '-'].join(' ');
}

export function seriesRow(s: SeriesSummary): string[] {
  return [String(s.id), s.title, s.year === null ? '' : String(s.year), String(s.videoCount), statusText(s), mediaMarks(s)];
}

export const SERIES_HEADERS = ['ID', 'TITLE', 'YEAR', 'VIDEOS', 'STATUS', 'MEDIA'];

/** "1 video", "2 videos". */
export function videosText(count: number): string {
  return `${count} ${count === 1 ? 'video' : 'videos'}`;
}

/** Where queued loads run: the process that runs the loader picks them up, or `anishelf load` now. */
export function whereQueuedLoadsRun(one: boolean): string {
  const them = one ? 'it' : 'them';
  return `The process running the loader (the app, \`anishelf serve\` or \`anishelf watch\`) picks ${them} up; \`anishelf load\` runs ${them} now.`;
}
