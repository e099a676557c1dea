import type { AnishelfBridge, AnishelfClient, BridgeMethods } from '../../shared/client';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract';
import { RpcCallError } from './rpc-error';
import { WsClient } from './ws-client';

export type { AnishelfClient, ConnectionState } from '../../shared/client';

declare global {
  interface Window {
    /** Put there by the desktop preload; absent in a browser. */
    anishelf?: AnishelfBridge;
  }
}

function desktopClient(bridge: AnishelfBridge): AnishelfClient {
  return {
    desktop: true,
    async call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>> {
      const methods: BridgeMethods = bridge;
      const reply = await methods[method](args);
      if (!reply.ok) throw new RpcCallError(reply.error.code, reply.error.message);
      return reply.value;
    },
    on: (event, listener) => bridge.on(event, listener),
    connection: () => 'open',
    onConnection: () => () => undefined,
    pathsForDroppedFiles: bridge.pathsForDroppedFiles ? (files) => bridge.pathsForDroppedFiles!(files) : null,
  };
}

function webClient(): AnishelfClient {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WsClient(`${scheme}://${location.host}/rpc`);
  return {
    desktop: false,
    call: (method, args) => ws.call(method, args),
    on: (event, listener) => ws.on(event, listener),
    connection: () => ws.state,
    onConnection: (listener) => ws.onConnection(listener),
    pathsForDroppedFiles: null,
  };
}

/** window.anishelf (the desktop preload) when present, else the WebSocket to this page's server. */
export function createClient(): AnishelfClient {
  return window.anishelf ? desktopClient(window.anishelf) : webClient();
}
