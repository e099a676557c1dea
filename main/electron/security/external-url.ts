// Which links may leave the app for the user's browser. Pure: open-external.ts is the one caller
// of shell.openExternal and asks this first.

const MAX_URL_LENGTH = 8192;

/**
 * The normalised http(s) URL to hand to the browser, or null. Refused: any other scheme
 * (`javascript:`, `file:`, `smb:`, `data:`, custom app schemes…), relative URLs, URLs with a
 * user name or password (`https://bank.example@evil.example`), missing hosts, and strings with
 * whitespace or control characters that a URL parser would quietly strip.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/.test(raw)) return null;
  if (!/^https?:\/\//i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

export function isSafeExternalUrl(raw: unknown): boolean {
  return safeExternalUrl(raw) !== null;
}
