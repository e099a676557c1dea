import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const statusCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('status').description('show what the loader is doing (never starts it)')).action(async (options: CommonOptions) => {
      await withCore(io, options, async (core) => {
        const status = await core.loaderStatus();
        const counts = await core.countsByStatus();
        if (options.json) {
          printJson(io, { ...status, counts });
          return;
        }
        io.stdout.write(`Loader: ${status.paused ? 'paused' : 'ready'} · ${status.workers} workers · ${status.running} running · ${status.queued} queued · ${status.failed} failed\n`);
        io.stdout.write(`Series: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
      });
    });
  },
};
