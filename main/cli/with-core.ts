import type { Command } from 'commander';
import { openCore, type Core } from '../core/app';
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
export async function withCore<T>(io: CliIo, options: CommonOptions, run: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore({ dataDir: options.dataDir, env: io.env });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}
