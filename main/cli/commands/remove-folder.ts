import type { CliCommand } from '../command';
import { printJson } from '../io';
import { printable } from '../terminal-text';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

/** The Library folders panel's "Remove from library", for a terminal. */
export const removeFolderCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('remove-folder').description('remove a library folder and its series from the library (the files stay where they are)'))
      .argument('<root>', 'library folder id (see `anishelf roots`) or path')
      .action(async (root: string, options: CommonOptions) => {
        const { path, removedSeries } = await withCore(io, options, async (core) => {
          const found = await core.roots.find(root);
          return { path: found.path, ...(await core.roots.remove(found.id)) };
        });
        if (options.json) return printJson(io, { path, removedSeries });
        const series = removedSeries === 1 ? '1 series' : `${removedSeries} series`;
        io.stdout.write(`Removed the library folder ${printable(path)} and its ${series} from the library; nothing on disk was touched. \`anishelf add\` brings it back.\n`);
      });
  },
};
