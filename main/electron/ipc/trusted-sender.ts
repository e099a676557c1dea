import { isAppUrl } from '../protocol/app-scheme';

/** What the IPC glue knows about the frame that sent a message (taken from the Electron event). */
export interface SenderInfo {
  /** `event.senderFrame.url`; empty when the frame is gone or has not committed a page yet. */
  frameUrl: string | undefined;
  /** `event.senderFrame.parent === null`; false for iframes and for a missing frame. */
  isMainFrame: boolean;
  /** `event.sender.id`: the WebContents that sent the message. */
  webContentsId: number;
}

export interface TrustedWindows {
  /** The ids of the WebContents of Anishelf's own windows. */
  webContentsIds: ReadonlySet<number> | readonly number[];
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

/**
 * Only the main frame of one of our own windows, showing a page of our own `anishelf://app`
 * origin, may call the core. An iframe, another window, a page that navigated elsewhere, or a
 * frame that has gone away is refused.
 */
export function checkSender(sender: SenderInfo, ours: TrustedWindows): SenderVerdict {
  const ids = ours.webContentsIds;
  const known = Array.isArray(ids) ? ids.includes(sender.webContentsId) : (ids as ReadonlySet<number>).has(sender.webContentsId);
  if (!known) return { trusted: false, reason: `sender ${sender.webContentsId} is not an Anishelf window` };
  if (!sender.isMainFrame) return { trusted: false, reason: 'sender is a subframe' };
  if (!sender.frameUrl) return { trusted: false, reason: 'sender frame has no page' };
  if (!isAppUrl(sender.frameUrl)) return { trusted: false, reason: `sender page ${describeUrl(sender.frameUrl)} is not Anishelf's own` };
  return { trusted: true };
}

// A log line names where the call came from without copying a long or hostile URL in full.
function describeUrl(url: string): string {
  return JSON.stringify(url.length > 120 ? `${url.slice(0, 120)}…` : url);
}
