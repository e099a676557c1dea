import type { WebSocket } from 'ws';
import { EVENT_NAMES, type RpcReply } from '../../shared/contract';
import type { Core } from '../core/app';
import { dispatch, type Handlers } from '../core/rpc/dispatch';

/** Largest message accepted; bigger ones close the socket (code 1009) before being parsed. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** Calls one socket may have in flight; more get a BUSY reply instead of piling up. */
const MAX_IN_FLIGHT = 64;
/** A client this far behind on reading events is dropped; it reconnects and re-reads the list. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export type RpcId = string | number | null;

type ErrorReply = Extract<RpcReply<never>, { ok: false }>;
export type ParsedMessage = { ok: true; id: string | number; method: unknown; args: unknown } | { ok: false; id: RpcId; error: ErrorReply };

const errorReply = (message: string): ErrorReply => ({ ok: false, error: { code: 'BAD_MESSAGE', message } });
const badMessage = (id: RpcId, message: string): ParsedMessage => ({ ok: false, id, error: errorReply(message) });

/**
 * Reads one client message `{ id, method, args }`. Never throws: malformed JSON or a message of
 * the wrong shape becomes an error reply (with the id when one could be read).
 */
export function parseRpcMessage(raw: string): ParsedMessage {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return badMessage(null, 'The message is not valid JSON.');
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return badMessage(null, 'A message must be an object { id, method, args }.');
  const { id, method, args } = message as Record<string, unknown>;
  const validId = (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && id.length > 0 && id.length <= 64);
  if (!validId) return badMessage(null, 'A message needs an id: an integer or a short string.');
  return { ok: true, id: id as string | number, method, args };
}

/** Speaks the contract over WebSockets: calls through `dispatch`, core events pushed to every client. */
export class RpcSockets {
  private readonly clients = new Set<WebSocket>();
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly handlers: Handlers,
    core: Pick<Core, 'on'>,
    private readonly log: (line: string) => void,
  ) {
    this.unsubscribe = EVENT_NAMES.map((event) => core.on(event, (payload) => this.broadcast(JSON.stringify({ event, payload }))));
  }

  accept(ws: WebSocket): void {
    this.clients.add(ws);
    let inFlight = 0;
    ws.on('close', () => this.clients.delete(ws));
    ws.on('error', (err) => {
      // Oversized or broken frames end up here; the socket closes, the server carries on.
      this.log(`rpc socket closed: ${err.message}`);
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return send(ws, { id: null, reply: errorReply('Messages must be text (JSON).') });
      const parsed = parseRpcMessage(rawText(data));
      if (!parsed.ok) return send(ws, { id: parsed.id, reply: parsed.error });
      if (inFlight >= MAX_IN_FLIGHT) {
        return send(ws, { id: parsed.id, reply: { ok: false, error: { code: 'BUSY', message: 'Too many requests at once; try again in a moment.' } } });
      }
      inFlight++;
      void dispatch(this.handlers, parsed.method, parsed.args, this.log)
        .then((reply) => send(ws, { id: parsed.id, reply }))
        .finally(() => inFlight--);
    });
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    for (const ws of this.clients) ws.close(1001, 'server stopping');
    // Whatever has not closed politely within a moment is cut off.
    const stragglers = [...this.clients];
    setTimeout(() => stragglers.forEach((ws) => ws.terminate()), 500).unref();
  }

  private broadcast(text: string): void {
    for (const ws of this.clients) {
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        this.log('dropping an rpc client that stopped reading events');
        ws.terminate();
        continue;
      }
      sendText(ws, text);
    }
  }
}

function rawText(data: unknown): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return String(data);
}

function send(ws: WebSocket, message: { id: RpcId; reply: RpcReply<unknown> }): void {
  sendText(ws, JSON.stringify(message));
}

function sendText(ws: WebSocket, text: string): void {
  if (ws.readyState === ws.OPEN) ws.send(text);
}
