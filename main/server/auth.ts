import crypto from 'node:crypto';

/** The one-time secret printed at start; whoever has it (or its cookie) may use this server. */
export function generateToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so neither the content nor the length of
 * the expected token leaks through timing.
 */
export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 1024) return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * Cookies are not separated by port, so two servers on one machine would overwrite each other's
 * cookie under one name: the name carries the port.
 */
export function cookieName(port: number): string {
  return `anishelf_session_${port}`;
}

/** Parses a Cookie header; malformed pairs are ignored, the first value of a name wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      // A value with a broken %-escape is not ours.
    }
  }
  return cookies;
}

export function sessionCookie(name: string, token: string): string {
  return `${name}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export type AuthResult =
  /** A valid session cookie. */
  | 'cookie'
  /** A valid `?token=` (no valid cookie yet): set the cookie and redirect without the token. */
  | 'query'
  | 'none';

export interface AuthInput {
  cookieHeader: string | undefined;
  /** The `token` query parameter, if any. */
  queryToken: string | null;
}

export function authenticate(input: AuthInput, token: string, name: string): AuthResult {
  if (tokensEqual(parseCookies(input.cookieHeader).get(name), token)) return 'cookie';
  if (tokensEqual(input.queryToken, token)) return 'query';
  return 'none';
}
