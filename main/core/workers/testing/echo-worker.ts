import fs from 'node:fs';
import os from 'node:os';
import { threadId } from 'node:worker_threads';
import { AnishelfError } from '../../errors';
import { serveWorker } from '../serve';

// A worker for the pool's own tests: each message names what the worker should do.
export type EchoMessage =
  | { op: 'echo'; value: unknown }
  | { op: 'thread' }
  | { op: 'niceness' }
  | { op: 'throw'; code?: string }
  | { op: 'crash' }
  | { op: 'exit'; code: number }
  | { op: 'spin'; ms: number }
  | { op: 'hog' }
  | { op: 'block'; fifo: string }
  | { op: 'rendezvous'; peers: number; meeting: Int32Array };

serveWorker((message: EchoMessage) => {
  switch (message.op) {
    case 'echo':
      return message.value;
    case 'thread':
      return threadId;
    case 'niceness':
      // On Linux, id 0 is the calling thread.
      return os.getPriority(0);
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
    case 'rendezvous': {
      // Counts in on memory shared by the callers, then blocks this thread until `peers` are in
      // (or gives up after 30 s, so a pool that runs jobs one at a time fails instead of hanging).
      const { meeting } = message;
      Atomics.add(meeting, 0, 1);
      Atomics.notify(meeting, 0);
      const giveUp = Date.now() + 30_000;
      while (Atomics.load(meeting, 0) < message.peers) {
        if (Date.now() > giveUp) return 'alone';
        Atomics.wait(meeting, 0, Atomics.load(meeting, 0), 100);
      }
      return threadId;
    }
    case 'block':
      // Opening a FIFO for reading waits in the kernel until a writer opens it: a system call
      // that does not return, as on a share that stopped answering.
      fs.closeSync(fs.openSync(message.fifo, 'r'));
      return 'unblocked';
    case 'hog': {
      const keep: number[][] = [];
      for (;;) keep.push(new Array(1_000_000).fill(1));
    }
  }
});
