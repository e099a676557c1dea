import { describe, expect, it } from 'vitest';
import { safeExternalUrl, isSafeExternalUrl } from './external-url';
import { navigationDecision, windowOpenDecision } from './navigation';

describe('external URLs (the only links that leave the app)', () => {
  it.each([
    ['https://anilist.co/anime/1', 'https://anilist.co/anime/1'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/Path', 'https://example.org/Path'],
    ['https://example.org:8443/a?b=c#d', 'https://example.org:8443/a?b=c#d'],
  ])('opens %s as %s', (raw, href) => {
    expect(safeExternalUrl(raw)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.org',
    'https://example.org\n',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    '\\\\server\\share\\x.exe',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.org/1',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:a@example.org',
    'anishelf://app/index.html',
    'anishelf-media://series/1/poster',
    'about:blank',
    '/relative/path',
    '../up',
    '//example.org/protocol-relative',
    'example.org',
    'https://user:pass@example.org/',
    'https://trusted.example@evil.example/',
    'https://:pass@example.org/',
    'https://',
    'http:/example.org',
    'https://example.org\\@evil.example',
    'https://exa\u0000mple.org',
    `https://example.org/${'a'.repeat(9000)}`,
    '',
  ])('refuses %j', (raw) => {
    expect(isSafeExternalUrl(raw)).toBe(false);
  });

  it('refuses things that are not strings', () => {
    for (const value of [undefined, null, 42, {}, new URL('https://example.org'), ['https://example.org']]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });
});

describe('navigation allow-list', () => {
  it('lets our own pages load in the window', () => {
    expect(navigationDecision('anishelf://app/index.html')).toBe('allow');
    expect(navigationDecision('anishelf://app/series/3')).toBe('allow');
  });

  it('sends http(s) to the browser', () => {
    expect(navigationDecision('https://example.org/')).toBe('open-externally');
    expect(windowOpenDecision('https://example.org/')).toBe('open-externally');
  });

  it.each([
    'file:///home/user/Videos/show.mkv',
    'file:///C:/Users/me/Downloads/',
    'javascript:alert(document.domain)',
    'smb://nas/anime',
    'data:text/html,hi',
    'anishelf://evil/index.html',
    'anishelf-media://series/1/poster',
    'chrome://settings',
    'devtools://devtools',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(navigationDecision(url)).toBe('deny');
    expect(windowOpenDecision(url)).toBe('deny');
  });

  it('never opens a new window of the app', () => {
    expect(windowOpenDecision('anishelf://app/index.html')).toBe('deny');
  });
});
