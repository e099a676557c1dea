import type { MissingRow } from '../../../shared/missing';

const HEADERS = ['Series', 'Season', 'Episode', 'Title', 'Aired', 'State'];

/** RFC 4180 CSV of the library-wide list; a leading = + - @ is neutralised for spreadsheets. */
export function missingCsv(rows: readonly MissingRow[]): string {
  const lines = [HEADERS, ...rows.map((r) => [r.series, String(r.season), String(r.episode), r.title ?? '', r.aired ?? (r.state === 'tba' ? 'TBA' : ''), r.state])];
  return lines.map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows grouped by series, in the order they came. */
export function groupBySeries(rows: readonly MissingRow[]): Array<{ seriesId: number; series: string; rows: MissingRow[] }> {
  const groups = new Map<number, { seriesId: number; series: string; rows: MissingRow[] }>();
  for (const r of rows) {
    let g = groups.get(r.seriesId);
    if (!g) groups.set(r.seriesId, (g = { seriesId: r.seriesId, series: r.series, rows: [] }));
    g.rows.push(r);
  }
  return [...groups.values()];
}
