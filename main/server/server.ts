import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/app';
import { createHandlers } from '../core/rpc/handlers';
import { authenticate, cookieName, sessionCookie } from './auth';
import { isMediaPath, PROVIDER_IMAGE_PATH, serveMedia, serveProviderImage } from './media';
import { allowedHosts, formatHost, isAllowedHost, isSameOrigin } from './origin';
import { MAX_MESSAGE_BYTES, RpcSockets } from './rpc-socket';
import { securityHeaders } from './security-headers';
import { sendText, serveStatic } from './static-files';

export interface ServerOptions {
  core: Core;
  host: string;
  /** 0 picks a free port. */
  port: number;
  token: string;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  version: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Where the UI is, without the token: `http://127.0.0.1:PORT`. */
  origin: string;
  /** The link to open once: the origin with `/?token=…`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Web mode: the built renderer, artwork, and the contract over a WebSocket at `/rpc`, all behind
 * the start-up token (kept in an HttpOnly cookie after the first visit).
 */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { core, token, staticDir } = options;
  const log = options.log ?? (() => undefined);
  const handlers = createHandlers(core, { mode: 'web', version: options.version });
  const sockets = new RpcSockets(handlers, core, log);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  // Filled in once listening (port 0 is only known then); no request arrives before.
  let port = options.port;
  let hosts: Set<string> | null = null;
  let session = cookieName(port);

  const server = http.createServer((req, res) => {
    void handleRequest(req, res).catch((err: unknown) => {
      log(`request ${req.method} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendText(res, 500, 'Something went wrong inside Anishelf.');
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (!isAllowedHost(host, hosts)) return sendText(res, 421, 'This server does not answer to that host name.');
    for (const [name, value] of Object.entries(securityHeaders(host!))) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = authenticate({ cookieHeader: req.headers.cookie, queryToken: url.searchParams.get('token') }, token, session);
    if (auth === 'none') return sendText(res, 401, 'Open the link that `anishelf serve` printed (it carries the access token).');
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (!isRead && !isSameOrigin(req.headers.origin, host)) return sendText(res, 403, 'Cross-origin request refused.');
    if (!isRead) return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (auth === 'query') {
      // Always to `/`: the token leaves the address bar and history, and no path from the request
      // (`//elsewhere`) can turn this into an open redirect.
      res.setHeader('Set-Cookie', sessionCookie(session, token));
      res.writeHead(303, { Location: '/', 'Cache-Control': 'no-store' });
      return void res.end();
    }
    const rawPath = (req.url ?? '/').split('?')[0]!;
    if (rawPath === '/rpc') return sendText(res, 426, 'Connect with a WebSocket.');
    if (isMediaPath(rawPath)) return serveMedia(core, req, res, rawPath);
    if (rawPath === PROVIDER_IMAGE_PATH) return serveProviderImage(core, req, res, url.searchParams.get('url'));
    return serveStatic(req, res, staticDir, rawPath);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: string) => {
      log(`refused a WebSocket upgrade: ${status}`);
      // Destroyed only once the refusal has been written, so the client sees the status.
      socket.once('finish', () => socket.destroy());
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/rpc') return refuse('404 Not Found');
    const host = req.headers.host;
    if (!isAllowedHost(host, hosts)) return refuse('421 Misdirected Request');
    if (authenticate({ cookieHeader: req.headers.cookie, queryToken: url.searchParams.get('token') }, token, session) === 'none') return refuse('401 Unauthorized');
    if (!isSameOrigin(req.headers.origin, host)) return refuse('403 Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => sockets.accept(ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  hosts = allowedHosts(options.host, port);
  session = cookieName(port);
  const origin = `http://${formatHost(options.host)}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    origin,
    url: `${origin}/?token=${token}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        sockets.close();
        wss.close();
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 500).unref();
      });
      return closing;
    },
  };
}
