import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const scanCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('scan').description("rescan one series' folder (only that folder)"))
      .argument('<id|path>', 'series id or folder path')
      .action(async (idOrPath: string, options: CommonOptions) => {
        const result = await withCore(io, options, async (core) => core.scanSeries((await core.resolveSeries(idOrPath)).id));
        if (options.json) printJson(io, result);
        else {
          io.stdout.write(`${result.videoCount} videos (${result.added} new, ${result.updated} changed, ${result.removed} gone)\n`);
          for (const u of result.unreadable) io.stderr.write(`warning: ${u.path} could not be read (${u.code})\n`);
        }
      });
  },
};
