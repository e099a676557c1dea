import { LISTS_COME_WITH, unlistedText, type MissingRow } from '../../../shared/missing';
import type { SeriesSummary } from '../../../shared/types';
import type { MissingListing } from '../../core/missing/service';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { terminalWidth } from '../io';
import { formatTable } from '../table';
import { printable } from '../terminal-text';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

interface MissingOptions extends CommonOptions {
  specials?: boolean;
  upcoming?: boolean;
  at?: string;
  refresh?: boolean;
}

const STATE_TEXT: Record<MissingRow['state'], string> = { missing: 'missing', 'just-aired': 'just aired', upcoming: 'upcoming', tba: 'TBA' };

export const missingEpisodesCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('missing').description('list aired episodes no file covers, for one series or the whole library'))
      .argument('[id|path]', 'series id or folder path (default: every series)')
      .option('--specials', 'include specials (season 0)')
      .option('--upcoming', 'include upcoming, just aired and undated (TBA) episodes')
      .option('--at <date-time>', 'compute as of this time (ISO 8601) instead of now')
      .option('--refresh', "fetch the series' episode list from its provider again first")
      .action(async (idOrPath: string | undefined, options: MissingOptions) => {
        const atMs = options.at === undefined ? undefined : parseAt(options.at);
        if (options.refresh && idOrPath === undefined) {
          throw new AnishelfError('REFRESH_NEEDS_SERIES', '--refresh fetches one series\' episode list: name the series (id or folder path).');
        }
        const { series, listing } = await withCore(io, options, async (core) => {
          const series = idOrPath === undefined ? undefined : await core.resolveSeries(idOrPath);
          const seriesId = series?.id;
          if (options.refresh && seriesId !== undefined) await core.refreshEpisodeList(seriesId);
          const listing = await core.missing.listing({
            ...(seriesId === undefined ? {} : { seriesId }),
            ...(atMs === undefined ? {} : { atMs }),
            specials: options.specials === true,
            upcoming: options.upcoming === true,
          });
          return { series, listing };
        });
        if (options.json) {
          // JSON Lines: one episode a line, for scripts and spreadsheets.
          for (const r of listing.rows) io.stdout.write(`${JSON.stringify({ seriesId: r.seriesId, series: r.series, season: r.season, episode: r.episode, title: r.title, aired: r.aired, state: r.state })}\n`);
          return;
        }
        const { rows } = listing;
        if (rows.length > 0) io.stdout.write(formatTable(['SERIES', 'EPISODE', 'AIRED', 'STATE', 'TITLE'], rows.map((r) => [r.series, `S${pad(r.season)}E${pad(r.episode)}`, airedText(r), STATE_TEXT[r.state], r.title ?? '']), { width: terminalWidth(io), shrink: ['SERIES', 'TITLE'] }));
        io.stdout.write(series ? seriesSummary(series, listing) : librarySummary(listing));
      });
  },
};

// "No missing episodes" would claim a series complete when nothing is known about it: a series
// without an episode list (not identified yet) is named as such, never counted as complete.
const NAMED_AT_MOST = 5;

function seriesSummary(series: SeriesSummary, listing: MissingListing): string {
  const title = printable(series.title);
  // Identified, its list comes with the next load or a refresh (the provider was away, or `identify` ran alone).
  if (listing.unlisted.length > 0 && series.matchState === 'matched') {
    return `${title} is identified, but its episode list has not been fetched yet, so no episode is known to be missing: \`anishelf missing --refresh ${series.id}\` fetches it now.\n`;
  }
  if (listing.unlisted.length > 0) return `${title} has no episode list yet, so no episode is known to be missing: ${LISTS_COME_WITH}.\n`;
  return listing.rows.length === 0 ? 'No missing episodes.\n' : '';
}

function librarySummary({ rows, listed, unlisted }: MissingListing): string {
  if (unlisted.length === 0) return rows.length === 0 ? 'No missing episodes.\n' : '';
  const names = unlisted.slice(0, NAMED_AT_MOST).map(printable).join(', ') + (unlisted.length > NAMED_AT_MOST ? ` and ${unlisted.length - NAMED_AT_MOST} more` : '');
  const lead = listed === 0 ? '' : rows.length === 0 ? `No missing episodes in the ${listed} series with an episode list. ` : '\n';
  return `${lead}${unlistedText(unlisted.length, listed, names)}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');
// An episode known to have aired without a date (AniList gives none for past ones) shows a dash.
const airedText = (r: MissingRow) => r.aired?.slice(0, 10) ?? (r.state === 'tba' ? 'TBA' : '-');

function parseAt(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AnishelfError('BAD_DATE', `--at takes a date or date-time such as 2025-12-08 or 2025-12-08T12:00:00Z, not "${value}".`);
  return ms;
}
