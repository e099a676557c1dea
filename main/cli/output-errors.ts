/** What a shell reports for a command that a closed pipe stopped (128 + SIGPIPE). */
export const CLOSED_PIPE_EXIT_CODE = 141;

/**
 * `anishelf list | head`: once the reader has what it wants it closes the pipe, and the next write
 * fails with EPIPE. Node left that error unhandled, so a stack trace came out. Now the command
 * ends at once and says nothing, as any Unix tool stopped by SIGPIPE does. Output that cannot be
 * written for another reason (`> file` on a full disk) ends the command with one line on stderr.
 */
export function endOnOutputError(
  out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  out.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return exit(CLOSED_PIPE_EXIT_CODE);
    out.stderr.write(`anishelf: cannot write the output (${err.code ?? err.message}).\n`, () => exit(1));
  });
  // Nowhere is left to say what went wrong with stderr itself.
  out.stderr.on('error', (err: NodeJS.ErrnoException) => exit(err.code === 'EPIPE' ? CLOSED_PIPE_EXIT_CODE : 1));
}
