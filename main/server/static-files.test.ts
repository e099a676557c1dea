import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentTypeFor, resolveStaticPath } from './static-files';
import { parseMediaPath } from './media';
import { parseRpcMessage } from './rpc-socket';

const root = path.resolve('/srv/anishelf/out/renderer');

describe('static path resolution', () => {
  test('maps paths inside the build folder; / is index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveStaticPath(root, '/assets/with%20space.css')).toBe(path.join(root, 'assets/with space.css'));
  });

  test('refuses traversal, encoded traversal, NUL, backslashes, drive letters and bad escapes', () => {
    for (const bad of ['/../package.json', '/assets/../../x', '/%2e%2e/secret', '/..%2Fsecret', '/a/%2e%2e/%2e%2e/b', '/x%00.js', '/..\\x', '/%5c..%5cx', '/C:/Windows/win.ini', '/%E0%A4%A', 'relative.js', '/./index.html']) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
  });

  test('serves known types only', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/.env')).toBeNull();
    expect(contentTypeFor('/x/db.sqlite')).toBeNull();
  });
});

describe('media path', () => {
  test('only /media/series/<id>/<poster|logo|fanart>, matched before decoding', () => {
    expect(parseMediaPath('/media/series/12/poster')).toEqual({ seriesId: 12, kind: 'poster' });
    expect(parseMediaPath('/media/series/3/fanart')).toEqual({ seriesId: 3, kind: 'fanart' });
    expect(parseMediaPath('/media/series/3/poster-thumb-small')).toEqual({ seriesId: 3, kind: 'poster-thumb-small' });
    for (const bad of ['/media/series/1/poster-thumb-smaller', '/media/series/1/poster-thumb-small/', '/media/series/0/poster', '/media/series/01/poster', '/media/series/1/banner', '/media/series/1/poster/', '/media/series/1/..%2F..%2Fetc%2Fpasswd', '/media/series/1%2F..%2F2/poster', '/media/series/-1/poster', '/media/series/99999999999999999/poster']) {
      expect(parseMediaPath(bad), bad).toBeNull();
    }
  });
});

describe('rpc message parsing', () => {
  test('reads { id, method, args }; malformed input becomes an error reply, never a throw', () => {
    expect(parseRpcMessage('{"id":1,"method":"app.info"}')).toEqual({ ok: true, id: 1, method: 'app.info', args: undefined });
    expect(parseRpcMessage('{"id":"a","method":"x","args":{"p":1}}')).toMatchObject({ ok: true, id: 'a', args: { p: 1 } });
    for (const bad of ['not json', '', '[]', 'null', '42', '{"method":"app.info"}', '{"id":1.5,"method":"x"}', `{"id":"${'x'.repeat(100)}"}`, '{"id":{},"method":"x"}']) {
      const parsed = parseRpcMessage(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error.error.code).toBe('BAD_MESSAGE');
    }
  });
});
