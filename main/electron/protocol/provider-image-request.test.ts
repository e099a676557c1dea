import { expect, test } from 'vitest';
import { imageHostPolicy } from '../../core/artwork/image-hosts';
import { ImageProxy } from '../../core/artwork/image-proxy';
import { startFakeProviders } from '../../core/metadata/testing/providers';
import { respondToProviderImage } from './media-request';

test('anishelf-media://provider-image/ answers through the image proxy; other hosts are left to the artwork handler', async () => {
  const providers = await startFakeProviders();
  const proxy = new ImageProxy({ policy: async () => imageHostPolicy([providers.imagesUrl]) });
  const get = (url: string) => proxy.get(url);
  const ask = (url: string) => respondToProviderImage(`anishelf-media://provider-image/?url=${encodeURIComponent(url)}`, get);

  const ok = (await ask(`${providers.imagesUrl}/tmdb/t/p/original/l1396.png`))!;
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-type')).toBe('image/png');
  expect(ok.headers.get('content-security-policy')).toBe("default-src 'none'");
  for (const bad of ['https://evil.example/p.jpg', 'file:///etc/passwd', `${providers.imagesUrl}/x.html`]) expect((await ask(bad))!.status, bad).toBe(404);
  expect((await respondToProviderImage('anishelf-media://provider-image/', get))!.status).toBe(404);
  // Not this handler's: the series artwork URLs and anything malformed.
  expect(await respondToProviderImage('anishelf-media://series/1/poster', get)).toBeNull();
  expect(await respondToProviderImage('anishelf-media://provider-image:99/?url=x', get)).toBeNull();
  expect(await respondToProviderImage('not a url', get)).toBeNull();
});
