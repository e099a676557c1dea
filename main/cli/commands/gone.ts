import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { SERIES_HEADERS, seriesRow } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const goneCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('gone').description('list series whose folders are gone from an online library folder; --remove takes them out of the library'))
      .option('--remove', 'remove the listed series from the library (their files are not touched; they are gone already)')
      .action(async (options: CommonOptions & { remove?: boolean }) => {
        const result = await withCore(io, options, async (core) => {
          const missing = await core.roots.missing();
          const removed = options.remove ? await core.roots.removeMissing(missing.map((s) => s.id)) : [];
          return { missing, removed };
        });
        if (options.json) return printJson(io, options.remove ? { removed: result.removed } : result.missing);
        if (result.missing.length === 0) return void io.stdout.write('No series is missing.\n');
        if (options.remove) return void io.stdout.write(`Removed ${result.removed.length} missing series from the library.\n`);
        io.stdout.write(formatTable(SERIES_HEADERS, result.missing.map(seriesRow), { width: terminalWidth(io), shrink: ['TITLE'] }));
        io.stdout.write('Run `anishelf gone --remove` to take them out of the library.\n');
      });
  },
};
