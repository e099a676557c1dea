import { WakeSignal } from '../wake-signal';

// `sleep-child.ts keep|unref`: sleeps 50 ms with nothing else holding the process, then prints.
const wakes = new WakeSignal({ keepsProcessUp: process.argv[2] === 'keep' });
await wakes.sleep(50);
process.stdout.write('woke\n');
