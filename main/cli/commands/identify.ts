import type { MatchCandidate, SeriesMatch } from '../../../shared/types';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { printJson, terminalWidth, type CliIo } from '../io';
import { runLoaderToIdle } from '../run-loader';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

interface IdentifyOptions extends CommonOptions {
  pick?: string;
  search?: string;
  refresh?: boolean;
  all?: boolean;
}

export const identifyCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('identify').description('identify a series online (AniList, TMDB) and fill its tvshow.nfo; prints the candidates with their scores'))
      .argument('[id|path]', 'series id or folder path (none with --all)')
      .option('--pick <provider:id>', 'lock this choice (anilist:154587, tmdb:1396, or a link to the show page)')
      .option('--search <title>', 'list the candidates for another title (as the Identify dialog\'s search); changes nothing')
      .option('--refresh', 'take every NFO field from the provider, not only the empty ones ("Refresh from provider")')
      .option('--all', 'with --refresh: every matched series, at the providers\' pace (after a change of title language)')
      .action(async (idOrPath: string | undefined, options: IdentifyOptions) => {
        if (options.all) return refreshAll(io, idOrPath, options);
        if (idOrPath === undefined) throw new AnishelfError('BAD_OPTION', 'Name a series (its id or folder), or refresh every matched series with --all --refresh.');
        if (options.search !== undefined && options.pick !== undefined) throw new AnishelfError('BAD_OPTION', 'Give --search or --pick, not both: search first, then pick one of its entries.');
        if (options.search !== undefined) return searchByTitle(io, idOrPath, options.search, options);
        const { title, outcome } = await withCore(io, options, async (core) => {
          const series = await core.resolveSeries(idOrPath);
          const result = options.pick ? await core.metadata.pick(series.id, options.pick) : await core.metadata.identify(series.id, { refresh: options.refresh === true, fresh: options.refresh === true });
          return { title: series.title, outcome: result };
        });
        if (options.json) {
          printJson(io, outcome.match);
          return;
        }
        io.stdout.write(`${title}\n  ${describeMatch(outcome.match)}\n`);
        if (outcome.nfo?.written) io.stdout.write(`  wrote ${outcome.nfo.path}\n`);
        else if (outcome.nfo && outcome.nfo.reason !== 'unchanged' && outcome.nfo.reason !== 'nothing-to-fill') io.stdout.write(`  tvshow.nfo left as it is (${outcome.nfo.reason}${outcome.nfo.message ? `: ${outcome.nfo.message}` : ''})\n`);
        writeCandidates(io, outcome.match.candidates);
      });
  },
};

/**
 * `identify --all --refresh`: asks for every matched series' refresh, then runs the queues until
 * it is worked off, as `load` does. What had to wait for the network stays asked for: the next
 * `load`, or the app, tries it again.
 */
async function refreshAll(io: CliIo, idOrPath: string | undefined, options: IdentifyOptions): Promise<void> {
  if (idOrPath !== undefined || !options.refresh || options.pick !== undefined || options.search !== undefined) {
    throw new AnishelfError('BAD_OPTION', '--all goes with --refresh alone and no series: `anishelf identify --all --refresh`.');
  }
  const result = await withCore(io, options, async (core) => {
    const { asked } = await core.refreshAllFromProvider();
    const status = await runLoaderToIdle(core, io, { quiet: options.json === true });
    return { asked, waiting: status.network?.refreshing ?? 0 };
  });
  if (options.json) return printJson(io, { asked: result.asked, refreshed: result.asked - result.waiting, waiting: result.waiting });
  io.stdout.write(`Refreshed ${result.asked - result.waiting} of ${result.asked} matched series from their providers.\n`);
  if (result.waiting > 0) io.stdout.write(`${result.waiting} waited for the network; \`anishelf load\` or the app tries them again.\n`);
}

/** `identify <series> --search <title>`: the candidates for a title the user types, scored against the folder. */
async function searchByTitle(io: CliIo, idOrPath: string, text: string, options: IdentifyOptions): Promise<void> {
  const { id, candidates } = await withCore(io, options, async (core) => {
    const series = await core.resolveSeries(idOrPath);
    return { id: series.id, candidates: await core.metadata.search(series.id, text) };
  });
  if (options.json) return printJson(io, candidates);
  if (candidates.length === 0) return void io.stdout.write(`Nothing found for "${text.trim()}"; try another spelling or the title in another language.\n`);
  writeCandidates(io, candidates);
  io.stdout.write(`\nLock one with \`anishelf identify ${id} --pick <entry>\`.\n`);
}

function writeCandidates(io: CliIo, candidates: readonly MatchCandidate[]): void {
  const rows = candidates.map((c) => [c.score.toFixed(2), `${c.provider}:${c.id}`, c.title, c.year === null ? '' : String(c.year), c.format ?? '', c.episodes === null ? '' : String(c.episodes)]);
  if (rows.length) io.stdout.write(`\n${formatTable(['SCORE', 'ENTRY', 'TITLE', 'YEAR', 'FORMAT', 'EPISODES'], rows, { width: terminalWidth(io), shrink: ['TITLE'] })}`);
}

export function describeMatch(match: SeriesMatch): string {
  const state = match.state.replace('_', ' ');
  if (match.state === 'waiting') return `waiting for the network${match.reason ? `: ${match.reason.message}` : ''}`;
  if (match.state !== 'matched' && match.candidates.length === 0) return `${state}: no entry found for its folder's title; look one up with --search "<another title>"`;
  if (match.state !== 'matched') return `${state}${match.score !== null ? ` (best score ${match.score.toFixed(2)})` : ''}; pick one with --pick, or look further with --search "<another title>"`;
  const by = match.source === 'user' ? 'your pick (locked)' : `by ${match.source}`;
  return `matched · ${match.provider}:${match.id} · score ${(match.score ?? 0).toFixed(2)} · ${by}`;
}
