import { acquireLoaderLock, isLock } from '../lock';

// A child process for the lock tests: takes the loader lock of a data dir, says so, and holds it
// until it is killed.
const lock = acquireLoaderLock(process.argv[2]!);
process.stdout.write(isLock(lock) ? `held ${process.pid}\n` : `busy ${lock.pid}\n`);
setInterval(() => undefined, 60_000);
