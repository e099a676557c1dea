import { isAppUrl } from '../protocol/app-scheme';
import { isSafeExternalUrl } from './external-url';

/**
 * What happens when the page tries to go to `url` (a link, `location = …`, a redirect, a dropped
 * link or file, `window.open`): our own pages may load in the window; http(s) opens in the user's
 * browser; everything else (`file:`, `javascript:`, `smb:`, `data:`, `blob:`…) is refused.
 */
export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

export function navigationDecision(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-externally';
  return 'deny';
}

/** A window.open or target=_blank link: no new window is ever created; http(s) goes to the browser. */
export function windowOpenDecision(url: unknown): Exclude<NavigationDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}
