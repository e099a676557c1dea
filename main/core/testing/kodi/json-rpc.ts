/** A JSON-RPC client for Kodi's web server (HTTP POST /jsonrpc). */
export interface KodiRpc {
  call<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
}

export function kodiRpc(port: number): KodiRpc {
  let id = 0;
  const post = (method: string, params: Record<string, unknown>) =>
    fetch(`http://127.0.0.1:${port}/jsonrpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
      signal: AbortSignal.timeout(15_000),
    });
  return {
    async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await post(method, params);
      } catch (err) {
        // Kodi's web server may close a kept-alive connection just as the next request goes out
        // on it ("other side closed", seen on a busy machine): that request was never read, so
        // it is sent once more on a new connection.
        if (!isClosedConnection(err)) throw err;
        response = await post(method, params);
      }
      const body = (await response.json()) as { result?: T; error?: { code: number; message: string; data?: unknown } };
      if (body.error) throw new Error(`${method}: ${body.error.message} ${JSON.stringify(body.error.data ?? '')}`);
      return body.result as T;
    },
  };
}

function isClosedConnection(err: unknown): boolean {
  const cause = err instanceof TypeError ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'UND_ERR_SOCKET';
}
