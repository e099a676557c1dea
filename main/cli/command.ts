import type { Command } from 'commander';
import type { CliIo } from './io';

/** One CLI command: adds itself to the program; its action may throw AnishelfError (exit 2). */
export interface CliCommand {
  register(program: Command, io: CliIo): void;
}
