import { EventEmitter } from 'node:events';

// A stand-in for the parts of Electron's main-process API that main.cjs uses, so the built
// bundle runs under plain Node on machines without the Electron binary (this one). It records
// what the app asked for; tests drive it (IPC calls, protocol requests, quit) through `world`.
// It is not a test of Electron's behaviour: the Playwright suite in e2e/electron is.

export interface RecordedWindow {
  options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  loadedUrl: string | null;
  contents: StandInWebContents;
  emitter: EventEmitter;
}

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export interface StandInOptions {
  appDataDir: string;
  appPath: string;
  /** What "Add Folder…" picks. */
  openDialogPaths?: string[];
}

export function createStandInElectron(options: StandInOptions) {
  const world = {
    appEmitter: new EventEmitter(),
    paths: new Map<string, string>([['appData', options.appDataDir]]),
    name: '',
    exitCode: null as number | null,
    quitCount: 0,
    schemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    windows: [] as RecordedWindow[],
    errorBoxes: [] as Array<{ title: string; content: string }>,
    messageBoxes: [] as Array<Record<string, unknown>>,
    openedExternally: [] as string[],
    openedPaths: [] as string[],
    applicationMenu: null as { template: Array<Record<string, unknown>> } | null,
    tray: { tooltip: '', menu: [] as Array<Record<string, unknown>>, destroyed: false },
    session: {
      permissionRequest: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
      permissionCheck: null as null | ((...args: unknown[]) => boolean),
      devicePermission: null as null | ((...args: unknown[]) => boolean),
      emitter: new EventEmitter(),
    },
    powerMonitor: new EventEmitter(),
    openDialogPaths: options.openDialogPaths ?? [],
  };

  const app = {
    getPath: (name: string) => {
      const p = world.paths.get(name);
      if (!p) throw new Error(`stand-in: no path ${name}`);
      return p;
    },
    setPath: (name: string, value: string) => void world.paths.set(name, value),
    setName: (name: string) => void (world.name = name),
    getAppPath: () => options.appPath,
    getVersion: () => '0.1.0',
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: (event: string, listener: (...args: unknown[]) => void) => (world.appEmitter.on(event, listener), app),
    exit: (code = 0) => void (world.exitCode = code),
    quit: () => {
      const before = { defaultPrevented: false, preventDefault: () => void (before.defaultPrevented = true) };
      world.appEmitter.emit('before-quit', before);
      if (before.defaultPrevented) return;
      const will = { defaultPrevented: false, preventDefault: () => void (will.defaultPrevented = true) };
      world.appEmitter.emit('will-quit', will);
      if (!will.defaultPrevented) world.quitCount++;
    },
  };

  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    readonly webContents = new StandInWebContents();
    private readonly emitter = new EventEmitter();
    private readonly record: RecordedWindow;
    constructor(windowOptions: RecordedWindow['options']) {
      this.record = { options: windowOptions, loadedUrl: null, contents: this.webContents, emitter: this.emitter };
      world.windows.push(this.record);
      BrowserWindow.all.push(this);
      world.appEmitter.emit('web-contents-created', {}, this.webContents);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.emitter.on(event, listener);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      this.emitter.once(event, listener);
      return this;
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    focus() {}
    restore() {}
    maximize() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    getNormalBounds() {
      const { x, y, width, height } = this.record.options as { x: number; y: number; width: number; height: number };
      return { x, y, width, height };
    }
  }

  class Tray {
    constructor(_image: unknown) {}
    setToolTip(text: string) {
      world.tray.tooltip = text;
    }
    setContextMenu(menu: { template: Array<Record<string, unknown>> }) {
      world.tray.menu = menu.template;
    }
    on() {
      return this;
    }
    destroy() {
      world.tray.destroyed = true;
    }
  }

  const electron = {
    app,
    BrowserWindow,
    Tray,
    protocol: {
      registerSchemesAsPrivileged: (list: typeof world.schemes) => void world.schemes.push(...list),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => void world.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof world.session.permissionRequest) => void (world.session.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof world.session.permissionCheck) => void (world.session.permissionCheck = h),
        setDevicePermissionHandler: (h: typeof world.session.devicePermission) => void (world.session.devicePermission = h),
        on: (event: string, listener: (...args: unknown[]) => void) => world.session.emitter.on(event, listener),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => void world.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void world.ipcHandlers.delete(channel),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void world.errorBoxes.push({ title, content }),
      showMessageBox: async (...args: unknown[]) => {
        world.messageBoxes.push(args.at(-1) as Record<string, unknown>);
        return { response: 0 };
      },
      showOpenDialog: async () => ({ canceled: world.openDialogPaths.length === 0, filePaths: world.openDialogPaths }),
    },
    Menu: {
      buildFromTemplate: (template: Array<Record<string, unknown>>) => ({ template }),
      setApplicationMenu: (menu: typeof world.applicationMenu) => void (world.applicationMenu = menu),
    },
    nativeImage: { createFromPath: (p: string) => ({ path: p }) },
    shell: {
      openExternal: async (url: string) => void world.openedExternally.push(url),
      openPath: async (p: string) => (world.openedPaths.push(p), ''),
    },
    powerMonitor: world.powerMonitor,
  };
  return { electron, world };
}
