import type { EventName, EventPayload, MethodArgs, MethodName, MethodResult, RpcReply } from './contract';

/** One function per contract method, keyed by method name: `anishelf['library.list']({...})`. */
export type BridgeMethods = {
  [M in MethodName]: (args?: MethodArgs<M>) => Promise<RpcReply<MethodResult<M>>>;
};

/** What the Electron preload exposes as `window.anishelf` (the web client has the same shape). */
export interface AnishelfBridge extends BridgeMethods {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Desktop only: the real paths of dropped items (through webUtils.getPathForFile). */
  pathsForDroppedFiles?(files: File[]): string[];
}
