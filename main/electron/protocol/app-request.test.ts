import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../core/testing/temp';
import { appAssetPath, respondToAppRequest } from './app-request';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

describe('the app scheme', () => {
  const root = '/srv/anishelf/out/renderer';

  it('maps our URLs to files of the built UI', () => {
    expect(appAssetPath('anishelf://app/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(appAssetPath('anishelf://app/', root)).toBe(path.join(root, 'index.html'));
    expect(appAssetPath('anishelf://app/assets/index-abc.js', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(appAssetPath('anishelf://app/series/12', root)).toBe(path.join(root, 'index.html'));
    expect(appAssetPath('anishelf://app/assets/a%20b.css?x=1#y', root)).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it.each([
    'anishelf://app/..%2F..%2Fetc%2Fpasswd',
    'anishelf://app/assets/..%5c..%5csecret.js',
    'anishelf://app/a%00.js',
    'anishelf://evil/index.html',
    'anishelf://user@app/index.html',
    'anishelf://app:1/index.html',
    'file:///etc/passwd',
    'https://app/index.html',
    'anishelf://app/%E0%A4%A.js',
  ])('refuses %s', (url) => {
    expect(appAssetPath(url, root)).toBeNull();
  });

  it('keeps dot segments inside the UI folder', () => {
    for (const url of ['anishelf://app/assets/%2e%2e/%2e%2e/secret.js', 'anishelf://app/../../../etc/passwd', 'anishelf://app/assets/./../../x.js']) {
      const file = appAssetPath(url, root);
      expect(file === null || file.startsWith(`${root}${path.sep}`), url).toBe(true);
    }
  });

  it('serves files with the CSP and a 404 for anything else', async () => {
    const dir = tempDir();
    writeTree(dir, { 'index.html': '<!doctype html><title>A</title>', 'assets/app.js': 'console.log(1)', 'assets/x.exe': 'MZ' });
    const page = await respondToAppRequest('anishelf://app/index.html', dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>A</title>');
    expect((await respondToAppRequest('anishelf://app/assets/app.js', dir)).headers.get('content-type')).toMatch(/javascript/);
    expect((await respondToAppRequest('anishelf://app/assets/missing.js', dir)).status).toBe(404);
    expect((await respondToAppRequest('anishelf://app/assets/x.exe', dir)).status).toBe(404);
    expect((await respondToAppRequest('anishelf://app/..%2F..%2Fetc%2Fpasswd', dir)).status).toBe(404);
    expect((await respondToAppRequest('anishelf://app/index.html', dir, 'POST')).status).toBe(405);
  });
});

describe('the CSP', () => {
  it('allows no inline script, eval, frames, plugins or foreign hosts', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['img-src']).toContain('anishelf-media:');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
