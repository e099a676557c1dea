import type { AnishelfBridge, BridgeMethods } from '../../../shared/client';
import { EVENT_NAMES, METHOD_NAMES, type EventName } from '../../../shared/contract';
import { pathsFromDroppedFiles } from './dropped-paths';

export const RPC_CHANNEL = 'anishelf:rpc';
export const EVENT_CHANNEL = 'anishelf:event';

/** What the preload hands in from Electron (ipcRenderer, webUtils); the bridge itself is plain. */
export interface BridgeTransport {
  invoke(channel: string, method: string, args: unknown): Promise<unknown>;
  /** Subscribes to main-process events; returns the unsubscribe. */
  onEvent(listener: (name: unknown, payload: unknown) => void): () => void;
  getPathForFile(file: File): string;
}

/**
 * `window.anishelf`: one function per contract method (derived from METHOD_NAMES, so a method
 * added to the contract appears here), `on` for the contract's events, and the dropped-file
 * paths. Nothing else of Electron reaches the page: no ipcRenderer, no event objects.
 */
export function createBridge(transport: BridgeTransport): AnishelfBridge {
  // The reply's shape is the main process's promise (its handlers are typed from the contract).
  const methods = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (args?: unknown) => transport.invoke(RPC_CHANNEL, method, args)]),
  ) as BridgeMethods;

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let unsubscribe: (() => void) | null = null;

  function ensureSubscribed(): void {
    unsubscribe ??= transport.onEvent((name, payload) => {
      const set = listeners.get(name as EventName);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          listener(payload as never);
        } catch {
          // One listener's bug must not stop the others from hearing the event.
        }
      }
    });
  }

  const bridge: AnishelfBridge = {
    ...methods,
    on(event, listener) {
      if (!(EVENT_NAMES as readonly string[]).includes(event) || typeof listener !== 'function') {
        throw new TypeError(`Unknown Anishelf event ${String(event)}.`);
      }
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // Wrapped so the same function added twice is two subscriptions, each removed by its own call.
      const entry = (payload: never) => listener(payload);
      set.add(entry);
      ensureSubscribed();
      return () => {
        set.delete(entry);
      };
    },
    pathsForDroppedFiles(files) {
      return pathsFromDroppedFiles(files, transport.getPathForFile);
    },
  };
  return bridge;
}
