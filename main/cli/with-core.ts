import type { Command } from 'commander';
import { openCore, type Core } from '../core/app';
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

/** Opens the core for one command and always closes it. */
export async function withCore<T>(io: CliIo, options: CommonOptions, run: (core: Core) => Promise<T>, workers?: number): Promise<T> {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 16)) {
    throw new AnishelfError('BAD_WORKERS', '--workers takes a whole number from 1 to 16.');
  }
  const core = await openCore({ dataDir: options.dataDir, env: io.env, ...(workers ? { workers } : {}) });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}
