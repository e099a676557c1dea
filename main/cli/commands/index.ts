import type { CliCommand } from '../command';
import { addCommand } from './add';
import { configCommand } from './config';
import { identifyCommand } from './identify';
import { listCommand } from './list';
import { loadCommand } from './load';
import { missingCommand } from './missing';
import { nfoCommand } from './nfo';
import { parseCommand } from './parse';
import { removeCommand } from './remove';
import { rescanCommand } from './rescan';
import { rootsCommand } from './roots';
import { scanCommand } from './scan';
import { cancelCommand, pauseCommand, reloadCommand, resumeCommand, retryCommand } from './series-actions';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statusCommand } from './status';
import { watchCommand } from './watch';
import { watchModeCommand } from './watch-mode';

// The static list of commands; each file registers one command.
export const commands: CliCommand[] = [
  addCommand,
  scanCommand,
  listCommand,
  showCommand,
  removeCommand,
  loadCommand,
  statusCommand,
  retryCommand,
  cancelCommand,
  reloadCommand,
  pauseCommand,
  resumeCommand,
  serveCommand,
  watchCommand,
  rootsCommand,
  rescanCommand,
  watchModeCommand,
  missingCommand,
  nfoCommand,
  parseCommand,
  identifyCommand,
  configCommand,
];
