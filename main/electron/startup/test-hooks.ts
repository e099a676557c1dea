import type { TrayAction, TrayMenuItem } from '../tray/tray-menu';

/**
 * What the Electron e2e suite reads from the main process (through Playwright's app.evaluate)
 * that Electron itself cannot list: the tray has no getter for its menu. Installed only when the
 * suite launches the app with ANISHELF_E2E=1; the page never sees it.
 */
export interface AnishelfTestHooks {
  dataDir: string;
  logFile: string | null;
  trayMenu(): TrayMenuItem[];
  clickTray(action: TrayAction): void;
}

declare global {
  var __anishelfTestHooks: AnishelfTestHooks | undefined;
}

export function installTestHooks(env: NodeJS.ProcessEnv, hooks: AnishelfTestHooks): void {
  if (env.ANISHELF_E2E === '1') globalThis.__anishelfTestHooks = hooks;
}
