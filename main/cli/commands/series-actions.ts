import type { LoadingStatus, LoadingStatusInfo, SeriesSummary } from '../../../shared/types';
import type { Core } from '../../core/app';
import type { CliCommand } from '../command';
import { printJson } from '../io';
import { whereQueuedLoadsRun } from '../series-format';
import { printable } from '../terminal-text';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

type Action = 'retry' | 'cancel' | 'reload';

const DESCRIPTIONS: Record<Action, string> = {
  retry: 'queue a failed or cancelled series again (finished stages are kept)',
  cancel: 'cancel the queued or running load of a series',
  reload: 'queue a fresh load of a series from its first stage',
};

/**
 * `retry`, `cancel` and `reload` of one series or several: every name is resolved first, so a
 * wrong one stops the command before anything is done. With one series `--json` prints its
 * status; with several, an array of them in the order given.
 */
function actionCommand(action: Action): CliCommand {
  return {
    register(program, io) {
      libraryOptions(program.command(action).description(DESCRIPTIONS[action]))
        .argument('<id|path...>', 'series ids or folder paths')
        .action(async (given: string[], options: CommonOptions) => {
          const done = await withCore(io, options, async (core: Core) => {
            const series = await resolveEach(core, given);
            // Reloads go as one batch: a transaction per few hundred series, not one each.
            if (action === 'reload') await core.reloadMany(series.map((s) => s.id));
            const results = [];
            for (const s of series) results.push({ title: s.title, before: s.loadingStatus, status: action === 'reload' ? await core.loadingStatus(s.id) : await core[action](s.id) });
            return results;
          });
          if (options.json) printJson(io, done.length === 1 ? done[0]!.status : done.map((d) => d.status));
          else for (const { title, before, status } of done) io.stdout.write(`${printable(title)}: ${actionOutcome(action, before, status)}\n`);
        });
    },
  };
}

/** The series named, each once, in the order given; throws for the first name that is none. */
export async function resolveEach(core: Core, given: readonly string[]): Promise<SeriesSummary[]> {
  const byId = new Map<number, SeriesSummary>();
  for (const idOrPath of given) {
    const series = await core.resolveSeries(idOrPath);
    if (!byId.has(series.id)) byId.set(series.id, series);
  }
  return [...byId.values()];
}

/** What the action did, or why it did nothing: a retry of a completed series changes nothing, and says so. */
export function actionOutcome(action: Action, before: LoadingStatus, after: LoadingStatusInfo): string {
  const problem = after.error ? ` (${after.error.message})` : '';
  if (action === 'reload') return `queued for a fresh load from its first stage.${LOADER_HINT}`;
  if (action === 'retry') {
    if (before === 'failed' || before === 'cancelled') return `queued again; its finished stages are kept.${LOADER_HINT}`;
    return `${after.status}${problem}; nothing to retry (only a failed or cancelled load is; \`anishelf reload\` loads it afresh).`;
  }
  if (after.status === 'cancelled' && before !== 'cancelled') return 'its load is cancelled (`anishelf retry` queues it again).';
  return `${after.status}${problem}; nothing to cancel (no load of it is queued or running).`;
}

const LOADER_HINT = ` ${whereQueuedLoadsRun(true)}`;

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
