import { holdForShutdown } from '../shutdown-hold';

// `shutdown-child.ts hold|none`: a shutdown step waits 50 ms on an unref'd timer, as the core's
// stop steps do, with or without the hold; then prints.
const hold = process.argv[2] === 'hold' ? holdForShutdown() : null;
await new Promise<void>((resolve) => setTimeout(resolve, 50).unref());
hold?.release();
process.stdout.write('closed\n');
