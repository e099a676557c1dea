import type { LoaderStatus } from '../../shared/types';
import type { Core } from '../core/app';
import { AnishelfError } from '../core/errors';
import { anotherAnishelf } from '../core/loader/lock';
import type { CliIo } from './io';
import { REDRAW_LINE } from './terminal-text';

/**
 * Runs the loader until nothing is queued or running, with a live progress line on a TTY
 * ("loading 120/1000 · 5 workers · 3 failed"). Ctrl+C stops it cleanly; the queue stays.
 */
export async function runLoaderToIdle(core: Core, io: CliIo, options: { quiet?: boolean } = {}): Promise<LoaderStatus> {
  if ((await core.loaderStatus()).paused) {
    throw new AnishelfError('LOADER_PAUSED', 'The loader is paused; run `anishelf resume` first. Queued series stay queued.');
  }
  const start = await core.loaderStatus();
  const holder = await core.startLoader();
  if (holder) {
    throw new AnishelfError('LOADER_BUSY', `${anotherAnishelf(holder)} is loading this library; it picks up what is queued.`);
  }
  const total = start.queued + start.running;
  const tty = io.stdout.isTTY === true && !options.quiet;
  let failedAtStart = start.failed;
  let told: string | null = null;
  const draw = (s: LoaderStatus) => {
    // A full disk pauses loading: say so once (and again if it comes back), then keep waiting.
    const problem = core.loaderProblem();
    if (problem?.code === 'DISK_FULL' && problem.message !== told) {
      told = problem.message;
      io.stderr.write(`${tty ? REDRAW_LINE : ''}anishelf: ${problem.message} Loading is paused until then.\n`);
    }
    if (!problem) told = null;
    if (!tty) return;
    const done = Math.max(0, total - s.queued - s.running);
    const failed = Math.max(0, s.failed - failedAtStart);
    const net = s.network;
    const identifying = net && net.providers.length > 0 ? ` · identified ${net.identified}/${net.total}${net.waiting ? ` (${net.waiting} waiting for the network)` : ''}${net.providers.map((p) => ` · ${p.message ?? `${p.label} ${p.perMinute}/min`}`).join('')}` : '';
    io.stdout.write(`${REDRAW_LINE}loading ${done}/${total} · ${s.workers} workers · ${failed} failed${identifying}`);
  };
  const off = core.on('loader:changed', draw);
  const interrupt = () => void core.stopLoader();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    draw(await core.loaderStatus());
    await core.whenLoaderIdle();
    // The network stages too: every series identified, for review, unmatched or waiting for the network.
    await core.identifyQueue.whenIdle();
    // Then the episode lists of what was matched, so missing episodes are known when `load` ends.
    await core.episodeLists.whenIdle();
    // And the episode NFOs written after the disk stages, so Kodi lists every episode when `load` ends.
    await core.episodeNfos.whenIdle();
    // `load` never reports success over a fault that stopped the loader.
    const fatal = core.loaderProblem();
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
    await core.stopLoader();
  }
}
