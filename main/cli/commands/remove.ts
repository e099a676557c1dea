import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { printable } from '../terminal-text';
import { resolveEach } from './series-actions';

/**
 * `remove` of one series or several: every name is resolved first, so a wrong one removes
 * nothing. With one series `--json` prints `{ removed }`; with several, an array of those.
 */
export const removeCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('remove').description('remove series from the library (their files stay where they are)'))
      .argument('<id|path...>', 'series ids or folder paths')
      .action(async (given: string[], options: CommonOptions) => {
        const removed = await withCore(io, options, async (core) => core.removeSeriesMany((await resolveEach(core, given)).map((s) => s.id)));
        if (options.json) printJson(io, removed.length === 1 ? { removed: removed[0] } : removed.map((r) => ({ removed: r })));
        else for (const r of removed) io.stdout.write(`Removed ${printable(r.title)} from the library; its folder ${printable(r.path)} is untouched. It stays out of the library until you add that folder again.\n`);
      });
  },
};
