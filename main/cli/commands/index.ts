import type { CliCommand } from '../command';
import { addCommand } from './add';
import { artworkCommand } from './artwork';
import { kodiSettingsCommand } from './kodi-settings';
import { configCommand } from './config';
import { identifyCommand } from './identify';
import { listCommand } from './list';
import { loadCommand } from './load';
import { goneCommand } from './gone';
import { missingEpisodesCommand } from './missing';
import { nfoCommand } from './nfo';
import { parseCommand } from './parse';
import { removeCommand } from './remove';
import { removeFolderCommand } from './remove-folder';
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
  goneCommand,
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
  removeFolderCommand,
  watchModeCommand,
  missingEpisodesCommand,
  nfoCommand,
  parseCommand,
  kodiSettingsCommand,
  identifyCommand,
  configCommand,
  artworkCommand,
];
