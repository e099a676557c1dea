import { threadId } from 'node:worker_threads';
import { AnishelfError } from '../../errors';
import { serveWorker } from '../serve';

// A worker for the pool's own tests: each message names what the worker should do.
export type EchoMessage =
  | { op: 'echo'; value: unknown }
  | { op: 'thread' }
  | { op: 'throw'; code?: string }
  | { op: 'crash' }
  | { op: 'exit'; code: number }
  | { op: 'spin'; ms: number }
  | { op: 'hog' };

serveWorker((message: EchoMessage) => {
  switch (message.op) {
    case 'echo':
      return message.value;
    case 'thread':
      return threadId;
    case 'throw':
      if (message.code) throw new AnishelfError(message.code, 'The worker refused this message.');
      throw new TypeError('The worker could not handle this message.');
    case 'crash':
      // An exception outside the request handler takes the whole worker down.
      setImmediate(() => {
        throw new Error('worker blew up');
      });
      return new Promise(() => {});
    case 'exit':
      process.exit(message.code);
    case 'spin': {
      const end = Date.now() + message.ms;
      while (Date.now() < end);
      return 'done';
    }
    case 'hog': {
      const keep: number[][] = [];
      for (;;) keep.push(new Array(1_000_000).fill(1));
    }
  }
});
