import { protocol } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { respondToAppRequest } from './app-request';

/** Serves the built UI from `rendererRoot` on `anishelf://app/`, every page with the app's CSP. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, rendererRoot, request.method));
}
