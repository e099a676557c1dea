import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';

// Every window is isolated and sandboxed, without Node.
describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no webview', () => {
    const prefs = secureWebPreferences('/app/out/main/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/main/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('has nothing that loosens the defaults', () => {
    const prefs: Record<string, unknown> = secureWebPreferences('/p.cjs');
    for (const risky of ['enableRemoteModule', 'enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'disableBlinkFeatures']) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });
});
