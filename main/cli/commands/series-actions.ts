import type { LoadingStatusInfo } from '../../../shared/types';
import type { Core } from '../../core/app';
import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

type Action = 'retry' | 'cancel' | 'reload';

const DESCRIPTIONS: Record<Action, string> = {
  retry: 'queue a failed or cancelled series again (finished stages are kept)',
  cancel: 'cancel the queued or running load of a series',
  reload: 'queue a fresh load of a series from its first stage',
};

function actionCommand(action: Action): CliCommand {
  return {
    register(program, io) {
      libraryOptions(program.command(action).description(DESCRIPTIONS[action]))
        .argument('<id|path>', 'series id or folder path')
        .action(async (idOrPath: string, options: CommonOptions) => {
          const status = await withCore(io, options, async (core: Core): Promise<LoadingStatusInfo> => {
            const series = await core.resolveSeries(idOrPath);
            return core[action](series.id);
          });
          if (options.json) printJson(io, status);
          else io.stdout.write(`Series ${status.seriesId}: ${status.status}${status.error ? ` (${status.error.message})` : ''}\n`);
        });
    },
  };
}

export const retryCommand = actionCommand('retry');
export const cancelCommand = actionCommand('cancel');
export const reloadCommand = actionCommand('reload');

function loaderSwitch(name: 'pause' | 'resume'): CliCommand {
  return {
    register(program, io) {
      libraryOptions(program.command(name).description(name === 'pause' ? 'pause the loader (kept across restarts)' : 'resume the loader')).action(
        async (options: CommonOptions) => {
          const status = await withCore(io, options, (core) => (name === 'pause' ? core.pauseLoader() : core.resumeLoader()));
          if (options.json) printJson(io, status);
          else io.stdout.write(`The loader is ${status.paused ? 'paused' : 'running'}; ${status.queued} series queued.\n`);
        },
      );
    },
  };
}

export const pauseCommand = loaderSwitch('pause');
export const resumeCommand = loaderSwitch('resume');
