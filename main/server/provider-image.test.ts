import path from 'node:path';
import { imageSize } from 'image-size';
import { expect, test } from 'vitest';
import { startFakeProviders } from '../core/metadata/testing/providers';
import { testCore } from '../core/testing/core';
import { tempDir, writeTree } from '../core/testing/temp';
import { generateToken } from './auth';
import { createServer } from './server';
import { request } from './testing/clients';

test('/provider-image serves provider images to a signed-in page only, from the providers\' image hosts only', async () => {
  const providers = await startFakeProviders();
  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'on', ANISHELF_TMDB_URL: providers.tmdbUrl, ANISHELF_ANILIST_URL: providers.anilistUrl } });
  const build = tempDir('anishelf-build-');
  writeTree(build, { 'renderer/index.html': '<!doctype html><title>Anishelf</title>' });
  const token = generateToken();
  const server = await createServer({ core, host: '127.0.0.1', port: 0, token, staticDir: path.join(build, 'renderer'), version: 'test' });
  const page = { Cookie: `anishelf_session_${server.port}=${token}`, Origin: server.origin };
  const proxied = (url: string) => `/provider-image?url=${encodeURIComponent(url)}`;
  try {
    const good = proxied(`${providers.imagesUrl}/tmdb/t/p/original/p1396.jpg`);
    expect((await request(server.port, good)).status).toBe(401);
    const ok = await request(server.port, good, { headers: page });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('image/jpeg');
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(imageSize(ok.body).type).toBe('jpg');
    for (const bad of ['https://evil.example/p.jpg', 'file:///etc/passwd', `${providers.imagesUrl}/tmdb/t/p/original/page.html`]) {
      const refused = await request(server.port, proxied(bad), { headers: page });
      expect(refused.status, bad).toBe(404);
      expect(refused.headers['content-type']).not.toMatch(/^image\//);
    }
    expect((await request(server.port, '/provider-image', { headers: page })).status).toBe(404);
  } finally {
    await server.close();
    await core.close();
  }
});
