import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { EVENT_NAMES } from '../../../shared/contract';
import type { Core } from '../../core/app';
import type { Handlers } from '../../core/rpc/dispatch';
import { EVENT_CHANNEL, RPC_CHANNEL } from './preload-bridge';
import { answerRpc } from './rpc-call';
import type { SenderInfo } from './trusted-sender';

/**
 * The one IPC entry point: `anishelf:rpc` with (method, args). Every call goes through
 * answerRpc — sender check, then the shared dispatch wrapper — and gets an RpcReply back.
 */
export function registerRpc(handlers: Handlers, ourWebContentsIds: () => ReadonlySet<number>, log: (message: string) => void): () => void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, args: unknown) =>
    answerRpc(senderInfo(event), method, args, { handlers, windows: { webContentsIds: ourWebContentsIds() }, log }),
  );
  return () => ipcMain.removeHandler(RPC_CHANNEL);
}

/** Forwards the core's events to our windows: `anishelf:event` with (name, payload). */
export function forwardCoreEvents(core: Core, targets: () => Iterable<WebContents>): () => void {
  const offs = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      for (const contents of targets()) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
      }
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}

// A frame that went away throws on access; it is then simply not trusted.
function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  let frameUrl: string | undefined;
  let isMainFrame = false;
  try {
    const frame = event.senderFrame;
    frameUrl = frame?.url;
    isMainFrame = frame !== null && frame.parent === null;
  } catch {
    frameUrl = undefined;
  }
  return { frameUrl, isMainFrame, webContentsId: event.sender.id };
}
