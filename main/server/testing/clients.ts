import http from 'node:http';
import { WebSocket } from 'ws';
import type { RpcReply } from '../../../shared/contract';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request: the path is sent exactly as given (no normalising of `..` or escapes). */
export function request(port: number, rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens /rpc; resolves with the socket, or with the HTTP status the upgrade was refused with. */
export function connect(port: number, headers: Record<string, string>, query = ''): Promise<RpcTestClient | { refused: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/rpc${query}`, { headers });
    ws.once('open', () => resolve(new RpcTestClient(ws)));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (err) => reject(err));
  });
}

/** A minimal contract client for tests: numbered calls, every received event kept. */
export class RpcTestClient {
  readonly events: Array<{ event: string; payload: any }> = [];
  readonly replies = new Map<string | number | null, Array<RpcReply<any>>>();
  private nextId = 1;
  private waiters: Array<() => void> = [];
  readonly closed: Promise<{ code: number }>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if ('event' in message) this.events.push(message);
      else this.replies.set(message.id, [...(this.replies.get(message.id) ?? []), message.reply]);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => ws.once('close', (code) => resolve({ code })));
  }

  sendRaw(data: string | Buffer, binary = false): void {
    this.ws.send(data, { binary });
  }

  async call(method: string, args?: unknown): Promise<RpcReply<any>> {
    const id = this.nextId++;
    this.sendRaw(JSON.stringify({ id, method, args }));
    return this.reply(id);
  }

  async reply(id: string | number | null, timeoutMs = 10_000): Promise<RpcReply<any>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.replies.get(id);
      if (list?.length) return list.shift()!;
      if (Date.now() > deadline) throw new Error(`no reply to ${String(id)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}
