import { protocol } from 'electron';
import { APP_SCHEME, MEDIA_SCHEME } from './app-scheme';

/**
 * Declares the two schemes before the app is ready (Electron allows it only then, once).
 * Standard + secure gives the UI a real origin (`anishelf://app`) for 'self' in the CSP, the
 * sender check, relative URLs, fetch and storage — which a file:// page would not have.
 * Neither scheme bypasses the CSP.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
