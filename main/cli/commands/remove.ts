import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { printable } from '../terminal-text';

export const removeCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('remove').description('remove a series from the library (its files stay where they are)'))
      .argument('<id|path>', 'series id or folder path')
      .action(async (idOrPath: string, options: CommonOptions) => {
        const removed = await withCore(io, options, async (core) => core.removeSeries((await core.resolveSeries(idOrPath)).id));
        if (options.json) printJson(io, { removed });
        else io.stdout.write(`Removed ${printable(removed.title)} from the library; its folder ${printable(removed.path)} is untouched. It stays out of the library until you add that folder again.\n`);
      });
  },
};
