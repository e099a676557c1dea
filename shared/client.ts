import type { EventName, EventPayload, MethodArgs, MethodName, MethodResult, RpcReply } from './contract';

/** `signed-out`: the server answers but refuses this page (it restarted with a new token). */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'signed-out';

/**
 * The client of the contract, the one type the UI codes against: built over `window.anishelf` in
 * the desktop app and over the WebSocket in a browser. A failed call rejects with the
 * `{ code, message }` of the reply.
 */
export interface AnishelfClient {
  call<M extends MethodName>(method: M, args?: MethodArgs<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** True inside the desktop shell. */
  readonly desktop: boolean;
  connection(): ConnectionState;
  /** `reconnected` is true when the connection came back after a loss: re-read what is shown. */
  onConnection(listener: (state: ConnectionState, reconnected: boolean) => void): () => void;
  /** Desktop only: the real paths of dropped items. */
  pathsForDroppedFiles: ((files: File[]) => string[]) | null;
}

/** One function per contract method, each resolving to its reply. */
export type BridgeMethods = { [M in MethodName]: (args?: MethodArgs<M>) => Promise<RpcReply<MethodResult<M>>> };

/**
 * What the desktop preload puts on `window.anishelf`, the wire under the desktop AnishelfClient:
 * one function per contract method, each resolving to the reply itself (an Error crossing the
 * context bridge would lose its code), `on` for events, and dropped-file paths.
 */
export type AnishelfBridge = BridgeMethods & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  pathsForDroppedFiles?(files: File[]): string[];
};
