import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, screenshot, test } from '../fixtures/test';

const LOCKED_NFO = '<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>Haibane Renmei</title><year>2002</year><lockdata>true</lockdata></tvshow>\n';

test('unsaved edits are never lost silently: Esc, the close button and opening another series ask first', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ Planetes: 2, Mushishi: 2 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);

  const panel = await library.openDetail('Planetes');
  await panel.field('plot').fill('Debris collectors in orbit.');
  // Esc while typing asks; "Keep editing" keeps the draft and the panel.
  await panel.field('plot').press('Escape');
  await expect(panel.discardDialog).toBeVisible();
  await panel.keepEditing();
  await expect(panel.root).toBeVisible();
  await expect(panel.field('plot')).toHaveValue('Debris collectors in orbit.');
  await expect(panel.field('plot')).toBeFocused();

  // The close button asks too.
  await panel.closeButton.click();
  await expect(panel.discardDialog).toBeVisible();
  await panel.keepEditing();
  await expect(panel.field('plot')).toHaveValue('Debris collectors in orbit.');

  // Opening another series asks; keeping stays on this one.
  await library.card('Mushishi').click();
  await expect(panel.discardDialog).toBeVisible();
  await panel.keepEditing();
  await expect(panel.title).toHaveText('Planetes');

  // Discarding opens the other series; the draft was never written. (The loader may have
  // written a minimal tvshow.nfo for Kodi; it must not carry the discarded plot.)
  await library.card('Mushishi').click();
  await panel.discardChanges();
  await expect(panel.title).toHaveText('Mushishi');
  const nfo = path.join(libraryRoot, 'Planetes', 'tvshow.nfo');
  const written = fs.existsSync(nfo) ? fs.readFileSync(nfo, 'utf8') : '';
  expect(written).not.toContain('Debris collectors');

  // A clean form closes at once.
  await page.keyboard.press('Escape');
  await expect(panel.root).toBeHidden();
  await expect(panel.discardDialog).toBeHidden();
});

test('a new tvshow.nfo written for a plot edit carries the title and year the form showed', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, seriesTree({ 'Mushishi (2005)': 2 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Mushishi');
  await expect(panel.field('title')).toHaveValue('Mushishi');
  await expect(panel.field('year')).toHaveValue('2005');
  await panel.field('plot').fill('Ginko wanders the countryside.');
  await panel.save();
  await expect(panel.metadata.getByTestId('metadata-status')).toHaveText('Saved to tvshow.nfo.');

  const written = fs.readFileSync(path.join(libraryRoot, 'Mushishi (2005)', 'tvshow.nfo'), 'utf8');
  expect(written).toContain('<title>Mushishi</title>');
  expect(written).toContain('<year>2005</year>');
  expect(written).toContain('<plot>Ginko wanders the countryside.</plot>');
});

test('a locked series shows its form read-only, with the lock switch as the one control; unlocking makes it editable', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, { ...seriesTree({ 'Haibane Renmei': 2 }), 'Haibane Renmei/tvshow.nfo': LOCKED_NFO });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Haibane Renmei');
  await expect(panel.metadata.getByTestId('locked-note')).toBeVisible();
  for (const name of ['title', 'originalTitle', 'sortTitle', 'year', 'genres', 'plot']) await expect(panel.field(name), name).toBeDisabled();
  await expect(panel.metadata.getByRole('button', { name: '+ Add an id' })).toBeDisabled();
  await expect(panel.lockSwitch).toBeEnabled();
  await expect(panel.lockSwitch).toBeChecked();
  await page.mouse.move(1, 1);
  await screenshot(page, 'locked-nfo');

  // The switch unlocks the file at once (a locked file is only ever written to unlock it).
  await panel.toggleLock();
  await expect(panel.lockSwitch).not.toBeChecked();
  await expect(panel.metadata.getByTestId('metadata-status')).toHaveText('Unlocked: tvshow.nfo can be edited now.');
  expect(fs.readFileSync(path.join(libraryRoot, 'Haibane Renmei', 'tvshow.nfo'), 'utf8')).not.toContain('<lockdata>true</lockdata>');
  await expect(panel.field('title')).toBeEnabled();
  await panel.field('plot').fill('Wings of ash.');
  await panel.save();
  await expect(panel.metadata.getByTestId('metadata-status')).toHaveText('Saved to tvshow.nfo.');
  const written = fs.readFileSync(path.join(libraryRoot, 'Haibane Renmei', 'tvshow.nfo'), 'utf8');
  expect(written).toContain('<plot>Wings of ash.</plot>');
  expect(written).not.toMatch(/<lockdata>true<\/lockdata>/);
});
