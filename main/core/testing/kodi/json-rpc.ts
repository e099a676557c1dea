/** A JSON-RPC client for Kodi's web server (HTTP POST /jsonrpc). */
export interface KodiRpc {
  call<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
}

export function kodiRpc(port: number): KodiRpc {
  let id = 0;
  return {
    async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(`http://127.0.0.1:${port}/jsonrpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await response.json()) as { result?: T; error?: { code: number; message: string; data?: unknown } };
      if (body.error) throw new Error(`${method}: ${body.error.message} ${JSON.stringify(body.error.data ?? '')}`);
      return body.result as T;
    },
  };
}
