import { runCli } from './cli/program';
import { processIo } from './cli/io';

// The `anishelf` command: serve | add | load | list | show | scan | status | parse | nfo …
process.exitCode = await runCli(process.argv.slice(2), processIo());
