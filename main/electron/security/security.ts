import type { Session, WebContents } from 'electron';
import { navigationDecision, windowOpenDecision } from './navigation';
import { openExternal } from './open-external';

type Log = (message: string) => void;

/**
 * Session-wide refusals: no permission is ever granted (camera, notifications, clipboard
 * reading, HID, serial…), no device is chosen, nothing is downloaded.
 */
export function hardenSession(ses: Session, log: Log): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied a request for the "${permission}" permission`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => {
    event.preventDefault();
    log('refused a download');
  });
}

/**
 * Every WebContents (attached in app 'web-contents-created', so none is missed): it may only
 * show Anishelf's own pages. Links, redirects, dropped links or files and `location = …` to
 * anything else are stopped; http(s) ones open in the browser through openExternal; new windows
 * are never created; <webview> is refused.
 */
export function hardenWebContents(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => guardNavigation(event, event.url, 'navigation', log));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guardNavigation(event, event.url, 'frame navigation', log);
  });
  // A redirect is never a user's click: it is stopped, and nothing opens in the browser.
  contents.on('will-redirect', (event) => guardNavigation(event, event.url, 'redirect', log, false));
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'open-externally') void openExternal(url, log);
    else log(`refused to open a window for ${describe(url)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('refused to attach a <webview>');
  });
}

function guardNavigation(event: { preventDefault(): void }, url: string, what: string, log: Log, mayOpenExternally = true): void {
  const decision = navigationDecision(url);
  if (decision === 'allow') return;
  event.preventDefault();
  if (decision === 'open-externally' && mayOpenExternally) void openExternal(url, log);
  else log(`refused ${what} to ${describe(url)}`);
}

function describe(url: string): string {
  return JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);
}
