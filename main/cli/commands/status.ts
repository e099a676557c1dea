import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const statusCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('status').description('show what the loader is doing (never starts it)')).action(async (options: CommonOptions) => {
      await withCore(io, options, async (core) => {
        // Reads the provider settings, so the identification line can name them.
        await core.metadata.enabled();
        const status = await core.loaderStatus();
        const counts = await core.countsByStatus();
        if (options.json) {
          printJson(io, { ...status, counts });
          return;
        }
        io.stdout.write(`Loader: ${status.paused ? 'paused' : 'ready'} · ${status.workers} workers · ${status.running} running · ${status.queued} queued · ${status.failed} failed${status.offline ? ` · ${status.offline} offline or gone` : ''}\n`);
        const net = status.network;
        if (net && net.providers.length > 0) {
          const left = net.total - net.identified;
          const state = net.paused ? 'paused (with the loader)' : left > 0 ? 'identifying' : net.refreshing > 0 ? 'refreshing' : 'ready';
          const providers = net.providers.map((p) => ` · ${p.message ?? `${p.label} ${p.perMinute}/min`}`).join('');
          const refreshing = net.refreshing > 0 ? ` · ${net.refreshing} to refresh from their provider` : '';
          io.stdout.write(`Identification: ${state} · ${net.identified} of ${net.total} identified${net.waiting ? ` · ${net.waiting} waiting for the network` : ''}${refreshing}${providers}\n`);
        }
        io.stdout.write(`Series: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
      });
    });
  },
};
