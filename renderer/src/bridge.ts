import type { AnishelfBridge } from '../../shared/bridge';
import type { AnishelfApi, EventName, EventPayload, MethodArgs, MethodName, MethodResult, RpcReply } from '../../shared/contract';
import { RpcCallError } from './rpc-error';
import { WsClient, type ConnectionState } from './ws-client';

export type { ConnectionState };

/** The renderer's one way to the core, whichever transport carries it. */
export interface Client extends AnishelfApi {
  /** True inside the desktop shell (window.anishelf exists). */
  readonly desktop: boolean;
  connection(): ConnectionState;
  /** `reconnected` is true when the connection came back after a loss: re-read what is shown. */
  onConnection(listener: (state: ConnectionState, reconnected: boolean) => void): () => void;
  /** Desktop only: the real paths of dropped items. */
  pathsForDroppedFiles: ((files: File[]) => string[]) | null;
}

function desktopClient(bridge: AnishelfBridge): Client {
  return {
    desktop: true,
    async call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>> {
      const invoke = bridge[method] as unknown as (a?: MethodArgs<M>) => Promise<RpcReply<MethodResult<M>>>;
      const reply = await invoke(args);
      if (!reply.ok) throw new RpcCallError(reply.error.code, reply.error.message);
      return reply.value;
    },
    on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => bridge.on(event, listener),
    connection: () => 'open',
    onConnection: () => () => undefined,
    pathsForDroppedFiles: bridge.pathsForDroppedFiles ? (files) => bridge.pathsForDroppedFiles!(files) : null,
  };
}

function webClient(): Client {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WsClient(`${scheme}://${location.host}/rpc`);
  return {
    desktop: false,
    call: <M extends MethodName>(method: M, args?: MethodArgs<M>) => ws.call(method, args) as Promise<MethodResult<M>>,
    on: (event, listener) => ws.on(event, listener),
    connection: () => ws.state,
    onConnection: (listener) => ws.onConnection(listener),
    pathsForDroppedFiles: null,
  };
}

/** window.anishelf (the desktop preload) when present, else the WebSocket to this page's server. */
export function createClient(): Client {
  const bridge = (window as unknown as { anishelf?: AnishelfBridge }).anishelf;
  return bridge ? desktopClient(bridge) : webClient();
}
