import { WATCH_MODE_SETTINGS, type WatchModeSetting } from '../../../shared/types';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { ROOT_HEADERS, rootRow } from './roots';

export const watchModeCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('watch-mode').description('how a library folder is watched: auto (by drive type), realtime, poll (every N min) or off'))
      .argument('<root>', 'library folder id (see `anishelf roots`) or path')
      .argument('<mode>', WATCH_MODE_SETTINGS.join(' | '))
      .option('--every <minutes>', 'minutes between polls (1-1440)', (v) => Number(v))
      .action(async (root: string, mode: string, options: CommonOptions & { every?: number }) => {
        if (!(WATCH_MODE_SETTINGS as readonly string[]).includes(mode)) {
          throw new AnishelfError('BAD_WATCH_MODE', `The watch mode is one of ${WATCH_MODE_SETTINGS.join(', ')}; got "${mode}".`);
        }
        const every = options.every;
        if (every !== undefined && (!Number.isInteger(every) || every < 1 || every > 1440)) {
          throw new AnishelfError('BAD_POLL_MINUTES', '--every takes a whole number of minutes from 1 to 1440.');
        }
        const status = await withCore(io, options, async (core) => {
          const found = await core.roots.find(root);
          return core.setRootWatch(found.id, mode as WatchModeSetting, every);
        });
        if (options.json) return printJson(io, status);
        io.stdout.write(formatTable(ROOT_HEADERS, [rootRow(status)], { width: terminalWidth(io), shrink: ['FOLDER'] }));
      });
  },
};
