import { openDatabase } from '../open';

// A child process for the concurrent-open test: opens (and migrates) the library, prints its schema.
const opened = await openDatabase(process.argv[2]!);
process.stdout.write(`schema ${opened.sqlite.pragma('user_version', { simple: true })}\n`);
await opened.close();
