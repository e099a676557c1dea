/**
 * The web preferences of every Anishelf window: the page is isolated from the
 * preload, sandboxed, without Node, with the same-origin policy, no <webview>, no remote
 * content of its own choosing. The preload is the only bridge, and it exposes the contract only.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}) {
  return {
    preload: preloadPath,
    // Off in packaged builds (development keeps them for debugging the UI).
    devTools: options.devTools ?? false,
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
    spellcheck: false,
    safeDialogs: true,
  } as const;
}
