import { runCli } from './cli/program';
import { processIo } from './cli/io';
import { endOnOutputError } from './cli/output-errors';

// The `anishelf` command: serve | add | load | list | show | scan | status | parse | nfo …
// No top-level await: `npm run build` bundles this file as CommonJS for a fast start.
endOnOutputError({ stdout: process.stdout, stderr: process.stderr });
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
