import type { CliCommand } from '../command';
import { addCommand } from './add';
import { listCommand } from './list';
import { removeCommand } from './remove';
import { scanCommand } from './scan';
import { showCommand } from './show';

// The static list of commands; each file registers one command.
export const commands: CliCommand[] = [
  addCommand,
  scanCommand,
  listCommand,
  showCommand,
  removeCommand,
];
