import type { CliCommand } from '../command';
import { printJson } from '../io';
import { whereQueuedLoadsRun } from '../series-format';
import { printable } from '../terminal-text';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const rescanCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('rescan').description('look through a library folder for new series and queue a rescan of each of its series'))
      .argument('<root>', 'library folder id (see `anishelf roots`) or path')
      .action(async (root: string, options: CommonOptions) => {
        const result = await withCore(io, options, (core) => core.roots.rescan(root));
        if (options.json) return printJson(io, result);
        io.stdout.write(
          `${printable(result.root.path)}: ${result.added} new series added, ${result.rescanned} series queued for a rescan` +
            (result.moved > 0 ? `, ${result.moved} renamed or moved series kept at their new folders` : '') +
            (result.root.state === 'offline' ? ' (the folder is offline: its series are rescanned when it is back)' : '') +
            `.\n${whereQueuedLoadsRun(false)}\n`,
        );
      });
  },
};
