import { Command, CommanderError } from 'commander';
import { AnishelfError, errnoCode } from '../core/errors';
import { commands } from './commands/index';
import type { CliIo } from './io';
import { terminalSafe } from './terminal-text';

/**
 * Runs the CLI and returns the exit code: 0 done, 2 bad input (one line on stderr),
 * 1 unexpected error.
 */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Names from disk and NFO files reach every sentence a command writes: none may steer the terminal.
  const io: CliIo = { ...rawIo, stdout: terminalSafe(rawIo.stdout), stderr: terminalSafe(rawIo.stderr) };
  const program = new Command('anishelf')
    .description('Keeps local anime and TV-series folders in order.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError(false);
  for (const command of commands) command.register(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return reportError(err, io);
  }
}

function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof AnishelfError && err.kind === 'input') {
    io.stderr.write(`anishelf: ${err.message}\n`);
    return 2;
  }
  // Never a stack trace: one line with what is known; the stack only when asked for.
  const code = err instanceof AnishelfError ? err.code : errnoCode(err);
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`anishelf: something went wrong inside Anishelf${code ? ` (${code})` : ''}: ${oneLine(message)}\n`);
  if (io.env.ANISHELF_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 500);
}
