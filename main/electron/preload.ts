// The sandboxed preload (bundled by esbuild into one CommonJS file, since a sandboxed preload
// can require only 'electron'). It exposes `window.anishelf` and nothing else.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createBridge, EVENT_CHANNEL } from './ipc/preload-bridge';

const bridge = createBridge({
  invoke: (channel, method, args) => ipcRenderer.invoke(channel, method, args),
  onEvent(listener) {
    // The IpcRendererEvent stays here: the page gets the name and payload only.
    const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  getPathForFile: (file) => webUtils.getPathForFile(file),
});

contextBridge.exposeInMainWorld('anishelf', bridge);
