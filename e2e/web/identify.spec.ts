import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { buildAniListMedia } from '../../main/core/metadata/testing/build-anilist';
import { buildTmdbShows } from '../../main/core/metadata/testing/build-tmdb';
import { ANILIST_SEEDS } from '../../main/core/metadata/testing/data/anilist-seeds';
import { TMDB_SEEDS } from '../../main/core/metadata/testing/data/tmdb-seeds';
import { FakeProviderServer } from '../../main/core/metadata/testing/fake-provider-server';
import { IdentifyDialog } from '../pages/identify-dialog';
import { expect, test } from '../fixtures/test';

// The served core identifies against a local AniList and TMDB (real response shapes) on 127.0.0.1.
let anilist: FakeProviderServer;
test.beforeAll(async () => {
  // Covers come from the local server's /img/, standing in for AniList's CDN.
  const covers = await sharp({ create: { width: 230, height: 325, channels: 3, background: '#c43' } }).jpeg().toBuffer();
  anilist = await new FakeProviderServer({ anilist: buildAniListMedia(ANILIST_SEEDS), tmdb: buildTmdbShows(TMDB_SEEDS), tmdbKey: 'local-key', covers }).start();
});
test.afterAll(async () => {
  await anilist.close();
});
// Fixtures are set up after beforeAll, so the server gets this spec's local AniList.
test.use({ serverEnv: async ({}, use) => use({ ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: anilist.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600', ANISHELF_TMDB_URL: anilist.tmdbUrl, ANISHELF_TMDB_KEY: 'local-key' }) });

function episodes(root: string, folder: string, count: number): void {
  fs.mkdirSync(path.join(root, folder), { recursive: true });
  for (let e = 1; e <= count; e++) fs.writeFileSync(path.join(root, folder, `${folder} - ${String(e).padStart(2, '0')}.mkv`), 'v');
}

test('a series that needs review is chosen in the Identify dialog; a pasted link locks another; both fill tvshow.nfo', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  episodes(libraryRoot, 'K-On', 13);
  episodes(libraryRoot, 'Toradora!', 25);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);

  // K-ON! and K-ON!! have the same words, and the folder spells neither: never a guess, the user chooses.
  await expect(page.getByTestId('filter-needs-review')).toContainText('1');
  await expect(library.card('K-On').getByTestId('match-state')).toHaveText('review needed');
  await expect(library.card('Toradora!').getByTestId('match-state')).toHaveText('matched');

  const panel = await library.openDetail('K-On');
  await expect(panel.root.getByTestId('match-text')).toHaveAttribute('data-state', 'needs_review');
  await panel.root.getByTestId('open-identify').click();
  const dialog = new IdentifyDialog(page);
  await expect(dialog.root).toBeVisible();
  await expect(dialog.candidate('anilist:5680')).toContainText('K-ON!');
  await expect(dialog.candidate('anilist:7791')).toContainText('2010');
  // Posters arrive through the core's proxy (the page's CSP allows no remote image).
  const poster = dialog.candidate('anilist:5680').getByTestId('candidate-poster');
  await expect(poster).toHaveAttribute('data-state', 'loaded');
  expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await poster.getAttribute('src')).toMatch(/^\/media\/remote\/poster\?url=http%3A%2F%2F127\.0\.0\.1/);
  expect(anilist.requests.some((r) => r.path.startsWith('/img/anilist/'))).toBe(true);

  // Search by hand, then choose.
  await dialog.search('Yuru Camp');
  await expect(dialog.candidate('anilist:98444')).toBeVisible();
  // A TMDB poster comes from the image server TMDB's /configuration names (here the local one).
  await dialog.search('Breaking Bad');
  const tmdbPoster = dialog.candidate('tmdb:1396').getByTestId('candidate-poster');
  await expect(tmdbPoster).toHaveAttribute('data-state', 'loaded');
  expect(await tmdbPoster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(anilist.imageRequests.some((p) => p.startsWith('/images/tmdb/t/p/w185/'))).toBe(true);
  await dialog.search('K-ON');
  await dialog.choose('anilist:7791');
  await expect(dialog.root).toBeHidden();
  await expect(panel.root.getByTestId('match-text')).toContainText('AniList 7791 · your choice (locked)');
  await expect.poll(() => fs.existsSync(path.join(libraryRoot, 'K-On', 'tvshow.nfo'))).toBe(true);
  expect(fs.readFileSync(path.join(libraryRoot, 'K-On', 'tvshow.nfo'), 'utf8')).toContain('<uniqueid type="anilist" default="true">7791</uniqueid>');
  await expect(page.getByTestId('filter-needs-review').locator('.chip-count')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A pasted link: bad text first, then a real one.
  const toradora = await library.openDetail('Toradora!');
  await toradora.root.getByTestId('open-identify').click();
  await dialog.useRef('not a link');
  await expect(dialog.error).toContainText('names no entry');
  await dialog.useRef('https://anilist.co/anime/185680');
  await expect(dialog.root).toBeHidden();
  await expect(toradora.root.getByTestId('match-text')).toContainText('AniList 185680 · your choice (locked)');
});

test('"Refresh from provider" asks first, then takes tvshow.nfo\'s fields from the match again', async ({ library, libraryRoot }) => {
  test.setTimeout(300_000);
  episodes(libraryRoot, 'Toradora!', 25);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);
  const nfo = path.join(libraryRoot, 'Toradora!', 'tvshow.nfo');
  await expect.poll(() => fs.existsSync(nfo) && fs.readFileSync(nfo, 'utf8').includes('<uniqueid type="anilist" default="true">4224</uniqueid>')).toBe(true);
  // The user's own title, edited in another tool: the watched library shows it (and the panel is
  // opened on it, not on the title the watcher is about to replace).
  fs.writeFileSync(nfo, fs.readFileSync(nfo, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>My Toradora</title>'));

  const panel = await library.openDetail('My Toradora');
  await panel.root.getByTestId('refresh-from-provider').click();
  const confirm = panel.root.getByTestId('refresh-from-provider-confirm');
  await expect(confirm).toContainText('what you changed in it is replaced');
  // Nothing happens before the user agrees.
  expect(fs.readFileSync(nfo, 'utf8')).toContain('<title>My Toradora</title>');
  await confirm.getByTestId('refresh-from-provider-go').click();
  await expect(panel.root.getByTestId('refresh-from-provider-message')).toHaveText('tvshow.nfo now says what AniList says.');
  expect(fs.readFileSync(nfo, 'utf8')).not.toContain('My Toradora');
  expect(fs.readFileSync(nfo, 'utf8')).toContain('<title>Toradora!</title>');
  await expect(panel.root.getByTestId('match-text')).toContainText('AniList 4224');
});

test('"Refresh every series from its provider" in the Settings saves the new title language first and rewrites every matched tvshow.nfo', async ({ library, libraryRoot, page }) => {
  test.setTimeout(300_000);
  episodes(libraryRoot, 'Sousou no Frieren', 12);
  episodes(libraryRoot, 'Toradora!', 25);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);
  const nfo = (folder: string) => path.join(libraryRoot, folder, 'tvshow.nfo');
  const says = (folder: string, text: string) => fs.existsSync(nfo(folder)) && fs.readFileSync(nfo(folder), 'utf8').includes(text);
  await expect.poll(() => says('Sousou no Frieren', '<title>Sousou no Frieren</title>') && says('Toradora!', '<uniqueid type="anilist"')).toBe(true);

  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByTestId('settings-title-language').selectOption('english');
  await dialog.getByTestId('refresh-all-from-provider').click();
  await expect(dialog.getByTestId('refresh-all-confirm')).toContainText('what you changed in those files is replaced');
  // Nothing is asked for before the user agrees.
  expect(says('Sousou no Frieren', '<title>Sousou no Frieren</title>')).toBe(true);
  await dialog.getByTestId('refresh-all-go').click();
  await expect(dialog.getByTestId('refresh-all-message')).toHaveText('2 matched series are refreshed in the background; the header says how many are left.');
  // The language chosen but not yet saved was saved first, so the refresh wrote it.
  await expect(dialog.getByTestId('settings-saved')).toBeVisible();
  await expect.poll(() => says('Sousou no Frieren', "<title>Frieren: Beyond Journey's End</title>"), { timeout: 60_000 }).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('series-card').filter({ hasText: "Frieren: Beyond Journey's End" })).toBeVisible();
});

test('the poster route fetches only from provider image hosts: another host is refused without a connection', async ({ library, page }) => {
  const hits: string[] = [];
  const foreign = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end();
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  try {
    const status = (url: string) => page.evaluate(async (u) => (await fetch(`/media/remote/poster?url=${encodeURIComponent(u)}`)).status, url);
    const port = (foreign.address() as AddressInfo).port;
    expect(await status(`http://127.0.0.1:${port}/secret.jpg`)).toBe(404);
    expect(await status('file:///etc/passwd')).toBe(404);
    expect(await status(`${anilist.imageBase}/anilist/large/bx5680.jpg`)).toBe(200);
    expect(hits).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => foreign.close(() => resolve()));
  }
  await expect(library.page.getByTestId('settings-button')).toBeVisible();
});
