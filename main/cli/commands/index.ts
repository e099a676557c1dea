import type { CliCommand } from '../command';
import { addCommand } from './add';
import { listCommand } from './list';
import { loadCommand } from './load';
import { missingCommand } from './missing';
import { nfoCommand } from './nfo';
import { parseCommand } from './parse';
import { removeCommand } from './remove';
import { scanCommand } from './scan';
import { cancelCommand, pauseCommand, reloadCommand, resumeCommand, retryCommand } from './series-actions';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statusCommand } from './status';

// The static list of commands; each file registers one command.
export const commands: CliCommand[] = [
  addCommand,
  scanCommand,
  listCommand,
  showCommand,
  missingCommand,
  removeCommand,
  loadCommand,
  statusCommand,
  retryCommand,
  cancelCommand,
  reloadCommand,
  pauseCommand,
  resumeCommand,
  serveCommand,
  nfoCommand,
  parseCommand,
];
