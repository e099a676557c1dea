import { castText } from '../../../shared/cast-text';
import { describeUnreadable } from '../../../shared/unreadable';
import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { describeMatch } from './identify';
import { mediaMarks, statusText, videosText } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { printable } from '../terminal-text';

export const showCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('show').description('show one series with its episodes'))
      .argument('<id|path>', 'series id or folder path')
      .action(async (idOrPath: string, options: CommonOptions) => {
        const detail = await withCore(io, options, async (core) => core.getSeries((await core.resolveSeries(idOrPath)).id));
        if (options.json) {
          printJson(io, detail);
          return;
        }
        io.stdout.write(`${printable(detail.title)}${detail.year ? ` (${detail.year})` : ''}\n`);
        io.stdout.write(`  id ${detail.id} · ${printable(detail.path)}\n  status ${statusText(detail)} · media ${mediaMarks(detail)}\n`);
        if (detail.loadingError) io.stdout.write(`  error ${detail.loadingError.code}: ${detail.loadingError.message}\n`);
        // What is wrong with tvshow.nfo, or why Anishelf could not write one.
        const nfoHeading = detail.nfo?.state === 'missing' ? 'tvshow.nfo not written' : 'tvshow.nfo problem';
        for (const p of detail.nfo?.problems ?? []) io.stdout.write(`  ${nfoHeading} ${p.code}: ${printable(p.message)}\n`);
        const episodeNfos = detail.episodeNfoProblem;
        if (episodeNfos) io.stdout.write(`  episode NFOs not written ${episodeNfos.code}: ${printable(episodeNfos.message)}\n`);
        // The online match and its cast, as the detail panel's Online match says them.
        if (detail.match) io.stdout.write(`  match ${describeMatch(detail.match)}\n`);
        if (detail.cast?.length) io.stdout.write(`  cast ${printable(castText(detail.cast))}\n`);
        if (detail.contentRating) io.stdout.write(`  rated ${printable(detail.contentRating)}\n`);
        const named = Object.entries(detail.seasonNames ?? {});
        if (named.length) io.stdout.write(`  season names ${printable(named.map(([season, name]) => `${season}: ${name}`).join(' · '))}\n`);
        io.stdout.write(`  ${videosText(detail.videoCount)}\n\n`);
        // The title is the episode NFO's, else what the file name gives.
        const rows = detail.episodes.map((e) => [e.season === null ? '' : String(e.season), e.episodes.join(',') + (e.part != null ? ` part ${e.part}` : ''), e.absolute.join(','), printable(e.title ?? ''), e.path.slice(detail.path.length + 1)]);
        if (rows.length) io.stdout.write(formatTable(['SEASON', 'EPISODES', 'ABSOLUTE', 'TITLE', 'FILE'], rows, { width: terminalWidth(io), shrink: ['TITLE', 'FILE'] }));
        // What the detail panel asks the user to look at, said in the terminal too.
        const inSeries = (p: string) => printable(p.slice(detail.path.length + 1));
        const duplicates = detail.duplicates ?? [];
        if (duplicates.length) io.stdout.write(`\nSame episode more than once:\n${duplicates.map((group) => `  ${group.map(inSeries).join('  ·  ')}\n`).join('')}`);
        const unplaced = detail.unplaced ?? [];
        if (unplaced.length) io.stdout.write(`\nEpisode not recognised:\n${unplaced.map((p) => `  ${inSeries(p)}\n`).join('')}`);
        const unreadable = detail.unreadable ?? [];
        if (unreadable.length) io.stdout.write(`\nCould not be read:\n${unreadable.map((u) => `  ${printable(u.path)}: ${describeUnreadable(u.code)} (${u.code})\n`).join('')}`);
      });
  },
};
