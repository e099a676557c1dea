import type { CliCommand } from '../command';

// The static list of commands; each file registers one command.
export const commands: CliCommand[] = [];
