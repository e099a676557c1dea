import { expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { MetadataService } from './service';
import { FakeClock, settle } from './testing/fake-clock';

/** Whether `promise` has settled after the queued callbacks ran (fake time does not move). */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await settle();
  return done;
}

test('artwork downloads have their own budget per provider CDN: they never take an API slot, and never exceed theirs', async () => {
  const { db, close } = await testDatabase();
  const clock = new FakeClock();
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: 'http://127.0.0.1:9/anilist', ANISHELF_ANILIST_PER_MIN: '60' };
  const service = new MetadataService(db, env, () => new Date(clock.now()), clock);
  const set = await service.providers();
  const { budget } = await service.artworkDeps();

  // The API's share of the next 10 s (60 a minute, spread) is used up by searches...
  for (let i = 0; i < 10; i++) expect(await settledNow(set.anilistHttp.limiter.acquire().then((release) => release()))).toBe(true);
  const search = set.anilistHttp.limiter.acquire();
  expect(await settledNow(search)).toBe(false);
  // ...and a download still starts at once: the CDN's budget is not the API's.
  for (let i = 0; i < 10; i++) expect(await settledNow(budget!('anilist'))).toBe(true);
  expect(set.anilistHttp.limiter.state().queued).toBe(1);
  // The CDN's budget is honoured too: the next download waits for its window, like the search.
  const next = budget!('anilist');
  expect(await settledNow(next)).toBe(false);
  await clock.advance(10_000);
  expect(await settledNow(next)).toBe(true);
  expect(await settledNow(search)).toBe(true);
  await close();
});
