import { describe, expect, test } from 'vitest';
import { authenticate, cookieName, generateToken, parseCookies, sessionCookie, tokensEqual } from './auth';

describe('token', () => {
  test('is 32 random bytes in base64url, different every time', () => {
    const a = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(a);
  });

  test('compares equal only to itself, whatever the length or type of the guess', () => {
    const token = generateToken();
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual(`${token}x`, token)).toBe(false);
    expect(tokensEqual(token.slice(0, -1), token)).toBe(false);
    expect(tokensEqual('', token)).toBe(false);
    expect(tokensEqual(null, token)).toBe(false);
    expect(tokensEqual(undefined, token)).toBe(false);
    expect(tokensEqual('x'.repeat(5000), token)).toBe(false);
  });
});

describe('cookies', () => {
  test('parses pairs, trims, unquotes, decodes; the first of a name wins; junk is skipped', () => {
    const cookies = parseCookies(' a=1; b="two"; c=%41%42; a=ignored; =nameless; junk; d=%E0%A4%A');
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', 'AB'],
    ]);
    expect(parseCookies(undefined).size).toBe(0);
  });

  test('the session cookie is HttpOnly, SameSite=Strict, for the whole site, named per port', () => {
    expect(cookieName(8642)).toBe('anishelf_session_8642');
    expect(sessionCookie('anishelf_session_8642', 'TOKEN')).toBe('anishelf_session_8642=TOKEN; HttpOnly; SameSite=Strict; Path=/');
  });
});

describe('authenticate', () => {
  const token = generateToken();
  const name = cookieName(1234);

  test('a valid cookie is a session; a valid ?token= asks for the cookie; anything else is refused', () => {
    expect(authenticate({ cookieHeader: `${name}=${token}`, queryToken: null }, token, name)).toBe('cookie');
    expect(authenticate({ cookieHeader: `${name}=${token}`, queryToken: 'wrong' }, token, name)).toBe('cookie');
    expect(authenticate({ cookieHeader: undefined, queryToken: token }, token, name)).toBe('query');
    expect(authenticate({ cookieHeader: `${name}=wrong`, queryToken: token }, token, name)).toBe('query');
    expect(authenticate({ cookieHeader: undefined, queryToken: null }, token, name)).toBe('none');
    expect(authenticate({ cookieHeader: `${name}=wrong`, queryToken: 'wrong' }, token, name)).toBe('none');
    // The right value under another server's cookie name does not count.
    expect(authenticate({ cookieHeader: `${cookieName(9999)}=${token}`, queryToken: null }, token, name)).toBe('none');
  });
});
