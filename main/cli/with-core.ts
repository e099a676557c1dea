import type { Command } from 'commander';
import path from 'node:path';
import { openCore, type Core } from '../core/app';
import { resolveDataDir, DATABASE_FILENAME } from '../core/db/data-dir';
import { databaseFault } from '../core/db/db-faults';
import { AnishelfError } from '../core/errors';
import type { CliIo } from './io';

export interface CommonOptions {
  dataDir?: string;
  json?: boolean;
}

/** Adds the options every library command takes. */
export function libraryOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'library data folder (default: ANISHELF_DATA_DIR, else the app-data folder)')
    .option('--json', 'print JSON for scripts');
}

/**
 * Opens the core for one command and always closes it. A database fault met anywhere on the way
 * (a damaged page, a full disk, a read-only file, a lock held too long) becomes its sentence.
 */
export async function withCore<T>(io: CliIo, options: CommonOptions, run: (core: Core) => Promise<T>, workers?: number): Promise<T> {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 16)) {
    throw new AnishelfError('BAD_WORKERS', '--workers takes a whole number from 1 to 16.');
  }
  const dataDir = resolveDataDir({ flag: options.dataDir, env: io.env });
  const fault = (err: unknown) => databaseFault(err, dataDir, path.join(dataDir, DATABASE_FILENAME)) ?? err;
  let core: Core;
  try {
    core = await openCore({ dataDir, env: io.env, ...(workers ? { workers } : {}) });
  } catch (err) {
    throw fault(err);
  }
  // The core's timers are unref'd, so that an idle library never keeps a process up. A command
  // that waits on one (a provider's retry after a refused connection or a 429) had Node end the
  // process under it: no output, exit code 0. The command's own work holds the process.
  const hold = setInterval(() => {}, 2 ** 31 - 1);
  let failure: unknown = null;
  try {
    return await run(core);
  } catch (err) {
    failure = err;
    throw fault(err);
  } finally {
    // Closing after a failure must not hide it: the first error is the one reported.
    await core
      .close()
      .catch((err: unknown) => {
        if (failure === null) throw fault(err);
      })
      .finally(() => clearInterval(hold));
  }
}
