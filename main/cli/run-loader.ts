import type { LoaderStatus } from '../../shared/types';
import type { Core } from '../core/app';
import { AnishelfError } from '../core/errors';
import type { CliIo } from './io';

/**
 * Runs the loader until nothing is queued or running, with a live progress line on a TTY
 * ("loading 120/1000 · 5 workers · 3 failed"). Ctrl+C stops it cleanly; the queue stays.
 */
export async function runLoaderToIdle(core: Core, io: CliIo, options: { quiet?: boolean } = {}): Promise<LoaderStatus> {
  if (await core.loader.isPaused()) {
    throw new AnishelfError('LOADER_PAUSED', 'The loader is paused; run `anishelf resume` first. Queued series stay queued.');
  }
  const start = await core.loaderStatus();
  const holder = await core.startLoader();
  if (holder) {
    throw new AnishelfError('LOADER_BUSY', `Another Anishelf (process ${holder.pid} on ${holder.host}) is loading this library; it picks up what is queued.`);
  }
  const total = start.queued + start.running;
  const tty = io.stdout.isTTY === true && !options.quiet;
  let failedAtStart = start.failed;
  let told: string | null = null;
  const draw = (s: LoaderStatus) => {
    // A full disk pauses loading: say so once (and again if it comes back), then keep waiting.
    const problem = core.loader.problem();
    if (problem?.code === 'DISK_FULL' && problem.message !== told) {
      told = problem.message;
      io.stderr.write(`${tty ? '\r\x1b[2K' : ''}anishelf: ${problem.message} Loading is paused until then.\n`);
    }
    if (!problem) told = null;
    if (!tty) return;
    const done = Math.max(0, total - s.queued - s.running);
    const failed = Math.max(0, s.failed - failedAtStart);
    io.stdout.write(`\r\x1b[2Kloading ${done}/${total} · ${s.workers} workers · ${failed} failed`);
  };
  const off = core.on('loader:changed', draw);
  const interrupt = () => void core.loader.stop();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    draw(await core.loaderStatus());
    await core.loader.whenIdle();
    // `load` never reports success over a fault that stopped the loader.
    const fatal = core.loader.problem();
    if (fatal) throw fatal;
    const end = await core.loaderStatus();
    draw(end);
    if (tty) io.stdout.write('\n');
    failedAtStart = 0;
    return end;
  } finally {
    off();
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await core.loader.stop();
  }
}

export async function countsByStatus(core: Core): Promise<Record<string, number>> {
  const rows = await core.database.db
    .selectFrom('series')
    .select(['loading_status', ({ fn }) => fn.countAll<number>().as('n')])
    .groupBy('loading_status')
    .execute();
  const counts: Record<string, number> = { pending: 0, loading: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of rows) counts[r.loading_status] = Number(r.n);
  return counts;
}
