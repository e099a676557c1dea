import fs from 'node:fs';
import path from 'node:path';
import { writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('a flat fansub folder: "Episodes" with absolute numbers; OVA 1 is not a duplicate of 01-02', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, {
    'Gintama/[Group] Gintama - 01-02 [1080p].mkv': '',
    'Gintama/[Group] Gintama - 03 [1080p].mkv': '',
    'Gintama/[Group] Gintama - OVA 1 [1080p].mkv': '',
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Gintama');
  const groups = panel.episodes.locator('details.season > summary');
  await expect(groups).toHaveText([/^Episodes\s*2$/, /^Specials\s*1$/]);
  await expect(panel.episodes).not.toContainText('No season');
  const row = (name: string) => panel.episodes.locator('li', { hasText: name });
  await expect(row('Gintama - 01-02').locator('.tag')).toHaveText(['Ep 1–2']);
  await expect(row('Gintama - 03').locator('.tag')).toHaveText(['Ep 3']);
  await expect(row('OVA 1').locator('.tag')).toHaveText(['OVA 1']);
  await expect(panel.root.getByTestId('duplicates')).toHaveCount(0);
});

test('an episode split into parts is listed part by part, not as duplicates; a second copy of a part is one', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, {
    'Split/Split - S01E01 - Rendezvous - part1.mkv': '', 'Split/Split - S01E01 - Rendezvous - part2.mkv': '',
    'Split/Split - S01E02.cd1.avi': '', 'Split/Split - S01E02 [720p].cd1.avi': '',
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Split');
  const row = (name: string) => panel.episodes.locator('li', { hasText: name });
  await expect(row('Rendezvous - part1').locator('.tag')).toHaveText(['S01E01', 'part 1']);
  await expect(row('Rendezvous - part1').locator('.episode-title')).toHaveText('Rendezvous');
  await expect(row('Rendezvous - part2').locator('.tag')).toHaveText(['S01E01', 'part 2']);
  await expect(panel.root.getByTestId('duplicates').locator('li')).toHaveCount(1);
  await expect(panel.root.getByTestId('duplicates')).toContainText('Split - S01E02 [720p].cd1.avi');
  await expect(panel.root.getByTestId('duplicates')).not.toContainText('Rendezvous');
});

test('a file whose name is not valid UTF-8 is listed under "Could not be read", with what to do', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, { 'Haikyuu/Haikyuu - 01.mkv': '' });
  // "Haikyuu - 02 café.mkv" in Latin-1, as an old share may have written it.
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(libraryRoot, 'Haikyuu', 'Haikyuu - 02 caf')), Buffer.from([0xe9]), Buffer.from('.mkv')]), '');
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Haikyuu');
  await expect(panel.root.getByTestId('unreadable')).toContainText('Could not be read');
  await expect(panel.root.getByTestId('unreadable').locator('li')).toHaveText(['Haikyuu - 02 caf\uFFFD.mkv: its name is not valid UTF-8 (written in an older encoding, such as Latin-1); rename it to have it read']);
});

test('a series of DVD and Blu-ray folder rips: a disc given alone points at its series; each disc is one episode, named by its folder', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, {
    'Discs/Season 1/Discs S01E01/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Discs/Season 1/Discs S01E01/VIDEO_TS/VTS_01_1.VOB': 'vob',
    'Discs/Season 1/Discs S01E02/BDMV/index.bdmv': 'bdmv', 'Discs/Season 1/Discs S01E02/BDMV/STREAM/00001.m2ts': 'm2ts',
  });
  const add = await library.openAddFolder();
  await add.addTyped(path.join(libraryRoot, 'Discs', 'Season 1', 'Discs S01E01', 'VIDEO_TS'));
  await expect(add.error).toContainText(`is a disc of ${path.join(libraryRoot, 'Discs')}`);
  await add.root.getByTestId('add-instead').click();
  await library.waitAllReady(1);
  await expect(library.card('Discs')).toContainText('2 episodes');
  const panel = await library.openDetail('Discs');
  const row = (name: string) => panel.episodes.locator('li', { hasText: name });
  await expect(row('Discs S01E01/VIDEO_TS').locator('.tag')).toHaveText(['S01E01']);
  await expect(row('Discs S01E02/BDMV').locator('.tag')).toHaveText(['S01E02']);
  await expect(panel.episodes).not.toContainText('VOB');
  expect(fs.existsSync(path.join(libraryRoot, 'Discs', 'tvshow.nfo'))).toBe(true);
});
