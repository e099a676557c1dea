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
          const counts = await core.countsByStatus();
          if (options.json) printJson(io, { ...status, counts });
          else io.stdout.write(`Done: ${counts.completed} completed, ${counts.failed} failed, ${counts.cancelled} cancelled, ${counts.pending} pending.\n`);
        }, options.workers);
      });
  },
};
