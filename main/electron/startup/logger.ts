import fs from 'node:fs';
import path from 'node:path';
import { makeFolderTreeSync } from '../../core/fs/make-folder';
import { printableLines } from '../../core/util/printable';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
  /** The log file, or null when only stderr is written (the data dir was not writable). */
  readonly file: string | null;
}

export interface LoggerOptions {
  /** The data dir; the log is `<dir>/anishelf.log`. Null: stderr only. */
  dir: string | null;
  level?: LogLevel;
  /** Also write warnings and errors to stderr (development). */
  echo?: boolean;
  /** Beyond this size the log is moved to anishelf.log.1 (one old file kept). */
  maxBytes?: number;
  now?: () => Date;
  stderr?: { write(text: string): unknown };
}

export const LOG_FILENAME = 'anishelf.log';

/** The desktop app's one logger: timestamped lines with a level, in a small rotating file. */
export function createLogger(options: LoggerOptions): Logger {
  const minimum = ORDER[options.level ?? 'info'];
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const stderr = options.stderr ?? process.stderr;
  let file: string | null = null;
  if (options.dir) {
    try {
      makeFolderTreeSync(options.dir);
      file = path.join(options.dir, LOG_FILENAME);
      fs.appendFileSync(file, '');
    } catch {
      file = null;
    }
  }
  let size = file ? safeSize(file) : 0;

  function write(level: LogLevel, message: string): void {
    if (ORDER[level] < minimum) return;
    // Continuation lines indented; any other control character (an escape in a folder name) written out.
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${printableLines(message.replace(/\r?\n/g, '\n    '))}\n`;
    if (options.echo && ORDER[level] >= ORDER.warn) stderr.write(line);
    if (!file) {
      if (!options.echo || ORDER[level] < ORDER.warn) stderr.write(line);
      return;
    }
    try {
      if (size + line.length > maxBytes) {
        fs.renameSync(file, `${file}.1`);
        size = 0;
      }
      // Synchronous: lines are few, and the last ones before a crash or app.exit are the useful ones.
      fs.appendFileSync(file, line);
      size += Buffer.byteLength(line);
    } catch {
      stderr.write(line);
    }
  }

  return {
    debug: (m) => write('debug', m),
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m, err) => write('error', err === undefined ? m : `${m}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    file,
  };
}

export function parseLogLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'info' || value === 'warn' || value === 'error' ? value : 'info';
}

function safeSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
