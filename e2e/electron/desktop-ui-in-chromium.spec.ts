import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { openCore, type Core } from '../../main/core/app';
import { createHandlers } from '../../main/core/rpc/handlers';
import { APP_ORIGIN } from '../../main/electron/protocol/app-scheme';
import { respondToAppRequest } from '../../main/electron/protocol/app-request';
import { answerRpc } from '../../main/electron/ipc/rpc-call';
import { chooseBrowser, LAUNCH_ARGS } from '../browser';
import { makeTempDir, seriesTree, writeTree } from '../fixtures/temp';
import { LibraryPage } from '../pages/library-page';
import { announceSkip, ensureMainBuilt, expect, repoRoot } from './electron-app';

// What a machine without the Electron binary can still check of the desktop app, in a real
// Chromium: the built UI in desktop mode, served with the desktop app's own response headers and
// CSP (app-request.ts), talking to a real core through the real built preload (out/main/electron/
// preload.cjs, given a stand-in for ipcRenderer) and the real IPC wrapper (answerRpc, dispatch).
// The Electron suite beside this file covers the rest on machines with Electron.

const browser = chooseBrowser();
const rendererIndex = path.join(repoRoot, 'out/renderer/index.html');
const skip = announceSkip('Desktop UI check in Chromium', browser.problem ?? (fs.existsSync(rendererIndex) ? null : 'the renderer is not built: run npm run build'));
test.skip(skip !== null, skip ?? '');
test.use({ browserName: 'chromium', launchOptions: { args: LAUNCH_ARGS, ...(browser.executablePath ? { executablePath: browser.executablePath } : {}) } });

interface Desktop {
  core: Core;
  origin: string;
  violations: () => Promise<string[]>;
  close(): Promise<void>;
}

/** The UI served like the app scheme serves it, with the preload's bridge wired to a real core. */
async function openDesktopUi(page: Page, dataDir: string): Promise<Desktop> {
  await ensureMainBuilt();
  const core = await openCore({ dataDir, eventIntervalMs: 50 });
  await core.startLoader();
  const handlers = createHandlers(core, { mode: 'desktop', version: 'e2e', openFolder: async () => undefined });
  const rendererRoot = path.join(repoRoot, 'out/renderer');
  const server = http.createServer((req, res) => {
    void respondToAppRequest(`${APP_ORIGIN}${req.url ?? '/'}`, rendererRoot, req.method).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // ipcRenderer.invoke → the same answerRpc the Electron main process runs. The page's http
  // origin stands for anishelf://app: only the main frame of this server counts as the app.
  await page.exposeBinding('__anishelfInvoke', (source, method: unknown, args: unknown) => {
    const url = new URL(source.frame.url());
    const frameUrl = url.origin === origin ? `${APP_ORIGIN}${url.pathname}` : url.href;
    return answerRpc({ frameUrl, isMainFrame: source.frame === page.mainFrame(), webContentsId: 1 }, method, args, { handlers, windows: { webContentsIds: [1] }, log: () => {} });
  });
  const offs = (['series:changed', 'loader:changed'] as const).map((name) =>
    core.on(name, (payload) => {
      void page.evaluate(([n, p]) => (window as unknown as { __anishelfEvent?: (n: string, p: unknown) => void }).__anishelfEvent?.(n, p), [name, payload] as const).catch(() => undefined);
    }),
  );
  const preload = fs.readFileSync(path.join(repoRoot, 'out/main/electron/preload.cjs'), 'utf8');
  await page.addInitScript(
    ({ source }) => {
      const w = window as unknown as Record<string, unknown> & { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const listeners: Array<(event: unknown, name: unknown, payload: unknown) => void> = [];
      w.__anishelfEvent = (name: unknown, payload: unknown) => listeners.forEach((l) => l({}, name, payload));
      const electron = {
        contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (w[key] = value) },
        ipcRenderer: {
          invoke: (_channel: string, method: unknown, args: unknown) => (w.__anishelfInvoke as (m: unknown, a: unknown) => Promise<unknown>)(method, args),
          on: (_channel: string, l: (event: unknown, name: unknown, payload: unknown) => void) => void listeners.push(l),
          removeListener: (_channel: string, l: (event: unknown, name: unknown, payload: unknown) => void) => void listeners.splice(listeners.indexOf(l), 1),
        },
        webUtils: { getPathForFile: () => '' },
      };
      const load = new Function('require', 'module', 'exports', source) as (r: (id: string) => unknown, m: unknown, e: unknown) => void;
      load((id) => {
        if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
        return electron;
      }, { exports: {} }, {});
    },
    { source: preload },
  );
  return {
    core,
    origin,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    close: async () => {
      for (const off of offs) off();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await core.close();
    },
  };
}

test('the desktop UI runs under the desktop CSP with the built preload and the real core', async ({ page }) => {
  const data = makeTempDir('anishelf-e2e-desktop-ui-');
  const lib = makeTempDir('anishelf-e2e-lib-');
  const desktop = await openDesktopUi(page, data.dir);
  try {
    writeTree(lib.dir, seriesTree({ 'Planetes': 3, 'Mushishi': 2, 'Kaiba': 1 }));
    const response = await page.goto(`${desktop.origin}/index.html`);
    expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'/);
    const library = new LibraryPage(page);
    await library.ready();
    const info = await page.evaluate(() => (window as unknown as { anishelf: Record<string, () => Promise<unknown>> }).anishelf['app.info']!());
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop' } });
    await library.addFolder(lib.dir);
    await library.waitAllReady(3);
    await library.openDetail('Planetes');
    expect(await desktop.violations()).toEqual([]);
    // The watch works: an inline script is refused and recorded.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
    });
    await expect.poll(desktop.violations).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  } finally {
    await desktop.close();
    data.remove();
    lib.remove();
  }
});

test('in desktop mode a drop without real paths adds nothing and says why', async ({ page }) => {
  const data = makeTempDir('anishelf-e2e-desktop-ui-');
  const desktop = await openDesktopUi(page, data.dir);
  try {
    await page.goto(`${desktop.origin}/index.html`);
    await new LibraryPage(page).ready();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['fake'], 'Made In Script'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect(page.locator('[data-testid="notice"][data-kind="drop"]')).toContainText('Only folders can be added');
    expect(await desktop.core.listSeries()).toEqual([]);
    expect(await desktop.violations()).toEqual([]);
  } finally {
    await desktop.close();
    data.remove();
  }
});
