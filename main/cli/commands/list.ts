import { LIBRARY_FILTERS, LIBRARY_SORTS, type LibraryFilter, type LibrarySort } from '../../../shared/library-view';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { SERIES_HEADERS, seriesRow } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

interface ListOptions extends CommonOptions {
  search?: string;
  filter?: string;
  sort?: string;
}

export const listCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('list').description('list the series in the library'))
      .option('--search <words>', 'only series whose titles or folder hold every word (accents, case and punctuation do not count)')
      .option('--filter <filter>', `only the series of one view: ${LIBRARY_FILTERS.join(', ')}`)
      .option('--sort <sort>', `order: ${LIBRARY_SORTS.join(', ')} (default: title)`)
      .action(async (options: ListOptions) => {
        const query = {
          ...(options.search === undefined ? {} : { search: options.search }),
          ...(options.filter === undefined ? {} : { filter: oneOf<LibraryFilter>('--filter', options.filter, LIBRARY_FILTERS) }),
          ...(options.sort === undefined ? {} : { sort: oneOf<LibrarySort>('--sort', options.sort, LIBRARY_SORTS) }),
        };
        const series = await withCore(io, options, (core) => core.listSeries(query));
        const narrowed = options.search !== undefined || (query.filter !== undefined && query.filter !== 'all');
        if (options.json) printJson(io, series);
        else if (series.length === 0) io.stdout.write(narrowed ? 'No series match.\n' : 'The library is empty; add a folder with `anishelf add <folder>`.\n');
        else io.stdout.write(formatTable(SERIES_HEADERS, series.map(seriesRow), { width: terminalWidth(io), shrink: ['TITLE'] }));
      });
  },
};

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AnishelfError('BAD_OPTION', `${option} takes one of ${allowed.join(', ')}, not "${value}".`);
}
