import type { CliCommand } from '../command';
import { printJson } from '../io';
import { runLoaderToIdle } from '../run-loader';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const loadCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('load').description('run the loader over everything queued (and anything a crash left) until done'))
      .option('--workers <n>', 'number of parallel workers (1-16; default: the loader.workers setting, 5)', (v) => Number(v))
      .action(async (options: CommonOptions & { workers?: number }) => {
        await withCore(io, options, async (core) => {
          const status = await runLoaderToIdle(core, io, { quiet: options.json === true });
          if (options.json) {
            printJson(io, { ...status, counts: await core.countsByStatus() });
            return;
          }
          // As the window counts: a series whose folder is away is offline, not also failed.
          const counts = await core.countsByStatus({ presentOnly: true });
          const away = status.offline ? `; ${status.offline} offline or gone` : '';
          io.stdout.write(`Done: ${counts.completed} completed, ${counts.failed} failed, ${counts.cancelled} cancelled, ${counts.pending} pending${away}.\n`);
        }, options.workers);
      });
  },
};
