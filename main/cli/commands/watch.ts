import { openCore } from '../../core/app';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import type { CliIo } from '../io';
import { SeriesChangeLog } from '../watch-log';
import { stopSignal } from './serve';

interface WatchOptions {
  dataDir?: string;
}

export const watchCommand: CliCommand = {
  register(program, io) {
    program
      .command('watch')
      .description('run the loader and watch every library folder in the foreground (Ctrl+C stops)')
      .option('--data-dir <dir>', 'library data folder (default: ANISHELF_DATA_DIR, else the app-data folder)')
      .action(async (options: WatchOptions) => {
        await watchLibrary(io, options, stopSignal());
      });
  },
};

/** Runs the loader and the watchers until `stop` resolves: changes to series on stdout, problems on stderr. */
export async function watchLibrary(io: CliIo, options: WatchOptions, stop: Promise<unknown>): Promise<void> {
  const core = await openCore({ dataDir: options.dataDir, env: io.env, log: (line) => io.stderr.write(`anishelf watch: ${line}\n`) });
  try {
    // Seen before the loader and the watch start, so their first events are told as changes.
    const changes = new SeriesChangeLog(await core.listSeries());
    core.on('series:changed', (event) => {
      for (const line of changes.lines(event)) io.stdout.write(`${clockTime(new Date())} ${line}\n`);
    });
    const holder = await core.startLoader();
    if (holder) {
      throw new AnishelfError('LOADER_BUSY', `Another Anishelf (process ${holder.pid} on ${holder.host}) already loads and watches this library.`);
    }
    const problems = new Set<string>();
    core.on('roots:changed', ({ roots }) => {
      for (const root of roots) {
        const key = `${root.id}:${root.problem?.code ?? ''}`;
        if (root.problem && !problems.has(key)) io.stderr.write(`anishelf watch: ${root.path}: ${root.problem.message}\n`);
        if (root.problem) problems.add(key);
      }
    });
    core.on('library:missing', (prompt) => {
      io.stderr.write(
        `anishelf watch: ${prompt.series.length} series folder(s) in ${prompt.rootPath} are gone: ${prompt.series.map((s) => s.title).join(', ')}. ` +
          'Run `anishelf gone --remove` to take them out of the library.\n',
      );
    });
    await core.roots.start();
    const roots = await core.listRoots();
    io.stdout.write(`Watching ${roots.length} library folder(s); press Ctrl+C to stop.\n`);
    await stop;
  } finally {
    await core.close();
  }
}

/** "14:03:27": the local time a change was seen, as a log line starts. */
const clockTime = (at: Date) => at.toTimeString().slice(0, 8);
