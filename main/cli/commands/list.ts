import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { SERIES_HEADERS, seriesRow } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const listCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('list').description('list the series in the library')).action(async (options: CommonOptions) => {
      const series = await withCore(io, options, (core) => core.listSeries());
      if (options.json) printJson(io, series);
      else if (series.length === 0) io.stdout.write('The library is empty; add a folder with `anishelf add <folder>`.\n');
      else io.stdout.write(formatTable(SERIES_HEADERS, series.map(seriesRow), { width: terminalWidth(io), shrink: ['TITLE'] }));
    });
  },
};
