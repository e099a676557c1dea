import { test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { electronSkipReason, expect, appForEachTest } from './electron-app';

test.skip(electronSkipReason() !== null, electronSkipReason() ?? '');

// Dropped folders are added; dropped files and Files made in script are refused
// with a clear message; nothing dropped ever navigates the window.

const each = appForEachTest();

/** A real drag from the operating system's point of view (Chromium's own drag input), with real paths. */
async function dragAndDrop(paths: string[]): Promise<void> {
  const { page } = each.running;
  const cdp = await page.context().newCDPSession(page);
  const size = page.viewportSize() ?? { width: 800, height: 600 };
  const at = { x: Math.round(size.width / 2), y: Math.round(size.height / 2) };
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
  await cdp.detach();
}

test('dropped folders are added; a dropped file is refused with a message; the window stays', async () => {
  writeTree(each.libDir, { ...seriesTree({ 'Haibane Renmei': 2, 'Kaiba': 3 }), 'notes.txt': 'not a folder' });
  const appUrl = each.running.page.url();
  await dragAndDrop([path.join(each.libDir, 'Haibane Renmei'), path.join(each.libDir, 'Kaiba'), path.join(each.libDir, 'notes.txt')]);
  await each.running.library.waitAllReady(2);
  await expect(each.running.page.locator('[data-testid="notice"][data-kind="drop"]')).toContainText('Only folders can be added');
  await expect(each.running.page.locator('[data-testid="notice"][data-kind="drop"]')).toContainText('notes.txt');
  expect(each.running.page.url()).toBe(appUrl);
});

test('pathsForDroppedFiles gives real paths for real files and nothing for a File made in script', async () => {
  const file = path.join(each.libDir, 'episode.mkv');
  fs.writeFileSync(file, 'x');
  const { page } = each.running;
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'e2e-picker';
    input.style.display = 'none';
    document.body.append(input);
  });
  await page.setInputFiles('#e2e-picker', file);
  const result = await page.evaluate(() => {
    const api = (window as unknown as { anishelf: { pathsForDroppedFiles(files: File[]): string[] } }).anishelf;
    const real = (document.getElementById('e2e-picker') as HTMLInputElement).files![0]!;
    const made = new File(['fake'], 'made-in-script.mkv');
    return { real: api.pathsForDroppedFiles([real]), made: api.pathsForDroppedFiles([made]), both: api.pathsForDroppedFiles([made, real]) };
  });
  expect(result).toEqual({ real: [file], made: [], both: [file] });
});

test('a drop of Files made in script adds nothing and says why', async () => {
  const { page } = each.running;
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['fake'], 'Fake Show'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.locator('[data-testid="notice"][data-kind="drop"]')).toBeVisible();
  const list = await page.evaluate(() => (window as unknown as { anishelf: Record<string, () => Promise<{ value: unknown[] }>> }).anishelf['library.list']!());
  expect(list.value).toEqual([]);
});
