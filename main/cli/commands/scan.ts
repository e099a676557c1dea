import type { CliCommand } from '../command';
import { describeUnreadable } from '../../../shared/unreadable';
import { printJson } from '../io';
import { videosText } from '../series-format';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { printable } from '../terminal-text';

export const scanCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('scan').description("rescan one series' folder (only that folder)"))
      .argument('<id|path>', 'series id or folder path')
      .option('--confirm-removal', 'every episode of the series was removed on purpose: drop their rows')
      .action(async (idOrPath: string, options: CommonOptions & { confirmRemoval?: boolean }) => {
        const confirmRemoval = options.confirmRemoval === true;
        const result = await withCore(io, options, async (core) => core.scanSeries((await core.resolveSeries(idOrPath)).id, { confirmRemoval }));
        if (options.json) printJson(io, result);
        else {
          io.stdout.write(`${videosText(result.videoCount)} (${result.added} new, ${result.updated} changed, ${result.removed} gone)\n`);
          for (const nfo of result.removedNfos) io.stdout.write(`removed ${printable(nfo)}: Anishelf wrote it for a video that is gone\n`);
          for (const u of result.unreadable) io.stderr.write(`warning: ${printable(u.path)}: ${describeUnreadable(u.code)} (${u.code})\n`);
        }
      });
  },
};
