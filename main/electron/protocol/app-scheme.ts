// The two custom schemes of the desktop app. Plain constants and URL checks: no Electron here.

/** The app's own pages: `anishelf://app/index.html`. A standard, secure scheme gives the UI a real origin. */
export const APP_SCHEME = 'anishelf';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Artwork: `anishelf-media://series/<id>/<poster|logo|fanart|poster-thumb|poster-thumb-small>`, resolved by the core only. */
export const MEDIA_SCHEME = 'anishelf-media';

/**
 * Whether `raw` is a URL of the app's own pages: scheme `anishelf:`, host `app`, no user, password
 * or port. Node gives non-special schemes the origin "null", so the parts are compared instead.
 */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > 8192) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}
