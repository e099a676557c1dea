// The Electron main process: one library window over the same core the CLI and web mode use.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, session, type WebContents } from 'electron';
import { openCore, type Core } from '../core/app';
import { createHandlers } from '../core/rpc/handlers';
import { addFoldersAndReport, chooseFolders } from './folders/add-folders';
import { handleAppProtocol } from './protocol/app-protocol';
import { folderPathsFromArgv } from './folders/argv-folders';
import { APP_NAME, desktopDataDir, nativeBindingPath, rendererRoot } from './startup/data-paths';
import { forwardCoreEvents, registerRpc } from './ipc/ipc';
import { createLogger, parseLogLevel } from './startup/logger';
import { handleMediaProtocol } from './protocol/media-protocol';
import { installAppMenu } from './menu/menu';
import { openFolder } from './folders/open-folder';
import { registerPrivilegedSchemes } from './protocol/schemes';
import { hardenSession, hardenWebContents } from './security/security';
import { SeriesCounter } from './tray/series-counter';
import { createShutdown } from './startup/shutdown';
import { startupErrorDialog } from './startup/startup-error';
import { installTestHooks } from './startup/test-hooks';
import { electronTrayFactory } from './tray/tray';
import { TrayService } from './tray/tray-service';
import { createMainWindow } from './window/window';

registerPrivilegedSchemes();

// Read once at start-up: what the app was launched with.
const env = { ...process.env };
const dataDir = desktopDataDir(env, app.getPath('appData'));
app.setName(APP_NAME);
// Chromium's profile, the single-instance lock, the log and the library share one folder, so a
// test or a portable setup with its own ANISHELF_DATA_DIR is a separate instance altogether.
app.setPath('userData', dataDir);
const log = createLogger({ dir: dataDir, level: parseLogLevel(env.ANISHELF_LOG_LEVEL), echo: !app.isPackaged });
const logWarn = (message: string) => log.warn(message);

process.on('uncaughtException', (err) => log.error('uncaught exception in the main process', err));
process.on('unhandledRejection', (reason) => log.error('unhandled rejection in the main process', reason));

if (!app.requestSingleInstanceLock()) {
  // The running Anishelf gets our command line through 'second-instance'.
  log.info('Anishelf is already running with this library; handed the command line to it');
  app.quit();
} else {
  void start().catch((err: unknown) => fail(err));
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  const ourContents = new Map<number, WebContents>();
  const pendingArgv: Array<{ argv: string[]; cwd: string }> = [];
  let onSecondInstance: ((argv: string[], cwd: string) => void) | null = null;

  app.on('second-instance', (_event, argv, cwd) => {
    if (onSecondInstance) onSecondInstance(argv, cwd);
    else pendingArgv.push({ argv, cwd });
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logWarn));

  await app.whenReady();
  log.info(`Anishelf ${app.getVersion()} starting (Electron ${process.versions.electron}, data ${dataDir})`);
  hardenSession(session.defaultSession, logWarn);

  const uiRoot = rendererRoot(app.getAppPath());
  if (!fs.existsSync(path.join(uiRoot, 'index.html'))) {
    fail(new Error(`the user interface is not built (${uiRoot} has no index.html); run npm run build`));
    return;
  }

  const binding = nativeBindingPath({
    electronVersion: process.versions.electron,
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  let core: Core;
  try {
    core = await openCore({ dataDir, env, ...(binding ? { nativeBinding: binding } : {}) });
  } catch (err) {
    fail(err);
    return;
  }

  const handlers = createHandlers(core, { mode: 'desktop', version: app.getVersion(), openFolder });
  let stopEvents = () => {};
  let tray: TrayService | null = null;
  const shutdown = createShutdown({
    close: async () => {
      stopEvents();
      tray?.destroy();
      await core.close();
      log.info('library closed');
    },
    quit: () => app.quit(),
    log: logWarn,
  });
  app.on('before-quit', shutdown.onQuitRequested);
  app.on('will-quit', shutdown.onQuitRequested);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  handleAppProtocol(uiRoot);
  handleMediaProtocol(core, logWarn);
  registerRpc(handlers, () => new Set(ourContents.keys()), logWarn);
  stopEvents = forwardCoreEvents(core, () => ourContents.values());

  const assetsDir = path.join(app.getAppPath(), 'assets');
  function showWindow(): BrowserWindow {
    if (!mainWindow || mainWindow.isDestroyed()) {
      const win = createMainWindow({
        dataDir,
        preloadPath: path.join(__dirname, 'preload.cjs'),
        iconPath: path.join(assetsDir, 'icon.png'),
        devTools: !app.isPackaged,
        log: logWarn,
      });
      const contents = win.webContents;
      ourContents.set(contents.id, contents);
      win.on('closed', () => {
        ourContents.delete(contents.id);
        if (mainWindow === win) mainWindow = null;
      });
      contents.on('render-process-gone', (_event, details) => log.error(`the window's page stopped (${details.reason}, exit code ${details.exitCode})`));
      // Windows logging off or shutting down: the wait cannot be held, but the close starts.
      win.on('session-end', () => void shutdown.close());
      mainWindow = win;
      return win;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  }

  const addFolders = (paths: readonly string[]) => addFoldersAndReport(handlers, paths, mainWindow, (m) => log.info(m));
  const addFromDialog = async () => addFolders(await chooseFolders(mainWindow));
  const addFromArgv = (argv: readonly string[], cwd: string) => {
    const folders = folderPathsFromArgv(argv, { cwd, isDefaultApp: process.defaultApp === true, isDirectory: (p) => fs.statSync(p).isDirectory() });
    if (folders.length) log.info(`adding ${folders.length} folder(s) from the command line`);
    return addFolders(folders);
  };
  const report = (what: string) => (err: unknown) => log.error(what, err);

  installAppMenu({ platform: process.platform, isPackaged: app.isPackaged, addFolder: () => void addFromDialog().catch(report('adding folders failed')), quit: () => app.quit() });

  const counter = new SeriesCounter(await core.listSeries());
  const trayService = new TrayService(safeTrayFactory(path.join(assetsDir, 'tray.png')), {
    show: () => void showWindow(),
    'add-folder': () => void addFromDialog().catch(report('adding folders failed')),
    pause: () => void core.pauseLoader().catch(report('pausing failed')),
    resume: () => void core.resumeLoader().catch(report('resuming failed')),
    quit: () => app.quit(),
  });
  tray = trayService;
  core.on('loader:changed', (status) => trayService.updateStatus(status));
  core.on('series:changed', (event) => trayService.updateTotal(counter.apply(event)));
  trayService.updateTotal(counter.total);
  trayService.start();

  installTestHooks(env, { dataDir, logFile: log.file, trayMenu: () => trayService.menu, clickTray: (action) => trayService.click(action) });

  showWindow();
  app.on('activate', () => void showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const holder = await core.startLoader();
  if (holder) log.info(`another Anishelf (process ${holder.pid} on ${holder.host}) loads this library; this window shows its progress`);
  // The process running the loader also watches the library folders (in the background).
  else void core.roots.start().catch(report('watching the library failed'));
  trayService.updateStatus(await core.loaderStatus());

  // Sleep: the loader stops cleanly (jobs re-queued) and starts again on wake-up.
  let sleeping: Promise<void> | null = null;
  powerMonitor.on('suspend', () => {
    if (shutdown.state !== 'running') return;
    log.info('system suspending: stopping the loader');
    sleeping = core.stopLoader().catch(report('stopping the loader failed'));
  });
  powerMonitor.on('resume', () => {
    if (shutdown.state !== 'running' || !sleeping) return;
    const wasSleeping = sleeping;
    sleeping = null;
    log.info('system resumed: starting the loader');
    void wasSleeping
      .then(() => core.startLoader())
      .then(async (other) => {
        // After sleep, drives may have come and gone: the watchers start over with a sweep.
        if (!other) await core.roots.stop().then(() => core.roots.start());
      })
      .catch(report('restarting the loader failed'));
  });
  // OS shutdown (Linux, macOS): the event can delay it while the library closes. Electron's
  // typings omit the event argument that its documentation describes.
  powerMonitor.on('shutdown', (...args: unknown[]) => {
    const event = args[0] as { preventDefault?: () => void } | undefined;
    if (typeof event?.preventDefault === 'function') shutdown.onQuitRequested(event as { preventDefault(): void });
    else app.quit();
  });

  onSecondInstance = (argv, cwd) => {
    showWindow();
    void addFromArgv(argv, cwd).catch(report('adding folders from a second launch failed'));
  };
  await addFromArgv(process.argv, process.cwd()).catch(report('adding folders from the command line failed'));
  for (const { argv, cwd } of pendingArgv.splice(0)) onSecondInstance(argv, cwd);

  function safeTrayFactory(iconPath: string) {
    const create = electronTrayFactory(iconPath);
    return () => {
      try {
        return create();
      } catch (err) {
        // Some Linux desktops have no tray; the app works without one.
        log.warn(`no tray icon: ${err instanceof Error ? err.message : String(err)}`);
        return { setToolTip() {}, setMenu() {}, onClick() {}, destroy() {} };
      }
    };
  }
}

/** A start-up failure: one dialog that says what happened and where the log is, then quit. */
function fail(err: unknown): void {
  log.error('Anishelf could not start', err);
  const box = startupErrorDialog(err, log.file);
  dialog.showErrorBox(box.title, box.detail ? `${box.message}\n\n${box.detail}` : box.message);
  app.exit(1);
}
