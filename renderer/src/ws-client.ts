import type { ConnectionState } from '../../shared/client';
import type { EventName, EventPayload, MethodArgs, MethodName, MethodResult, RpcReply } from '../../shared/contract';
import { RpcCallError } from './rpc-error';

export type { ConnectionState };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  /** Set while the call waits for a connection. */
  timer?: ReturnType<typeof setTimeout>;
  text: string;
  sent: boolean;
}

/** How long a call waits for a connection before it gives up. */
const QUEUE_TIMEOUT_MS = 15_000;
const MAX_BACKOFF_MS = 5_000;

/**
 * The web-mode transport: the contract over one WebSocket to `/rpc` on the page's own origin.
 * Reconnects with backoff; listeners of `onConnection` hear 'open' again after a reconnect and
 * re-read what they show.
 */
export class WsClient {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly stateListeners = new Set<(state: ConnectionState, reconnected: boolean) => void>();
  private attempt = 0;
  private opened = false;
  state: ConnectionState = 'connecting';

  constructor(private readonly url: string) {
    this.connect();
  }

  /** Resolves with the reply's value (the server's handlers are typed from the contract). */
  call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>> {
    return new Promise<MethodResult<M>>((resolve, reject) => {
      const id = this.nextId++;
      const entry: Pending = { resolve: (value) => resolve(value as MethodResult<M>), reject, text: JSON.stringify({ id, method, args }), sent: false };
      this.pending.set(id, entry);
      if (this.ws?.readyState === WebSocket.OPEN) this.send(entry);
      else {
        entry.timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new RpcCallError('DISCONNECTED', 'Anishelf is not reachable; is `anishelf serve` still running?'));
        }, QUEUE_TIMEOUT_MS);
      }
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const l = listener as (payload: unknown) => void;
    set.add(l);
    return () => set.delete(l);
  }

  onConnection(listener: (state: ConnectionState, reconnected: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private connect(): void {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => {
      const reconnected = this.opened;
      this.opened = true;
      this.attempt = 0;
      this.setState('open', reconnected);
      for (const entry of this.pending.values()) if (!entry.sent) this.send(entry);
    };
    ws.onmessage = (e: MessageEvent) => this.receive(String(e.data));
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      // Calls already sent will never get their reply; the ones still queued wait for the next socket.
      for (const [id, entry] of this.pending) {
        if (!entry.sent) continue;
        this.pending.delete(id);
        entry.reject(new RpcCallError('DISCONNECTED', 'The connection to Anishelf was lost; try again in a moment.'));
      }
      const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt) * (0.8 + Math.random() * 0.4);
      this.attempt++;
      if (this.state !== 'signed-out') this.setState('reconnecting', false);
      // A browser does not say why an upgrade failed; ask the server whether it still knows us.
      if (this.attempt >= 2) void this.checkSignedIn();
      setTimeout(() => this.connect(), delay);
    };
  }

  private async checkSignedIn(): Promise<void> {
    try {
      const res = await fetch(new URL('/', location.href), { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' });
      if (res.status === 401 && this.state === 'reconnecting') this.setState('signed-out', false);
    } catch {
      // Not reachable at all: still "reconnecting".
    }
  }

  private send(entry: Pending): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.sent = true;
    this.ws!.send(entry.text);
  }

  private receive(text: string): void {
    let message: { id?: unknown; reply?: RpcReply<unknown>; event?: string; payload?: unknown };
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message.event === 'string') {
      for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload);
      return;
    }
    if (typeof message.id !== 'number' || !message.reply) return;
    const entry = this.pending.get(message.id);
    if (!entry) return;
    this.pending.delete(message.id);
    if (message.reply.ok) entry.resolve(message.reply.value);
    else entry.reject(new RpcCallError(message.reply.error.code, message.reply.error.message));
  }

  private setState(state: ConnectionState, reconnected: boolean): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state, reconnected);
  }
}
