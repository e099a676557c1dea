import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { DATABASE_FILENAME } from '../core/db/data-dir';
import { asUser } from '../core/testing/library-write-guard';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { runAnishelf, STACK_TRACE } from '../core/testing/anishelf-child';

// A series folder whose content went away at once (an unmounted share leaves the bare mount
// point) is offline, never "every episode deleted": scan and reload keep the rows and flags.

const show = { 'Show/Show - 01.mkv': 'a', 'Show/Show - 02.mkv': 'b', 'Show/Show - 03.mkv': 'c', 'Show/tvshow.nfo': '<tvshow><title>Show</title></tvshow>' };

function seriesRow(dataDir: string) {
  const db = new Sqlite(path.join(dataDir, DATABASE_FILENAME), { readonly: true });
  try {
    const row = db.prepare(`SELECT id, state, has_nfo, video_count, loading_status, loading_error_code FROM series WHERE folder_name = 'Show'`).get() as { id: number; loading_status: string } & Record<string, unknown>;
    const episodes = (db.prepare('SELECT count(*) AS n FROM episodes WHERE series_id = ?').get(row.id) as { n: number }).n;
    return { ...row, episodes };
  } finally {
    db.close();
  }
}

async function loadedLibrary() {
  const lib = libraryDir();
  const dataDir = tempDir('anishelf-data-');
  writeTree(lib, { ...show, 'Other/Other - 01.mkv': 'x' });
  const added = await runAnishelf(['add', lib, '--wait', '--data-dir', dataDir]);
  expect(added.code).toBe(0);
  expect(seriesRow(dataDir)).toMatchObject({ state: 'present', has_nfo: 1, video_count: 3, episodes: 3, loading_status: 'completed' });
  return { lib, dataDir, folder: path.join(lib, 'Show'), id: String(seriesRow(dataDir).id) };
}

/** Moves everything out of the series folder, leaving the folder itself, as an unmounted mount point does. */
function emptyOut(folder: string): string {
  const aside = tempDir('anishelf-aside-');
  asUser(() => {
    for (const name of fs.readdirSync(folder)) fs.renameSync(path.join(folder, name), path.join(aside, name));
  });
  return aside;
}

function putBack(aside: string, folder: string): void {
  asUser(() => {
    for (const name of fs.readdirSync(aside)) fs.renameSync(path.join(aside, name), path.join(folder, name));
  });
}

test('scan of an emptied series folder marks it offline and keeps its episodes and NFO flag', async () => {
  const { dataDir, folder, id } = await loadedLibrary();
  const aside = emptyOut(folder);

  const scan = await runAnishelf(['scan', id, '--data-dir', dataDir]);
  expect(scan.code).toBe(2);
  expect(scan.stdout).not.toMatch(/gone/);
  expect(scan.stderr).toMatch(/^anishelf: .*Show is empty now; its drive or share seems to be offline, so Anishelf keeps its 3 episodes/);
  expect(scan.stderr).not.toMatch(STACK_TRACE);
  expect(seriesRow(dataDir)).toMatchObject({ state: 'offline', has_nfo: 1, video_count: 3, episodes: 3 });

  putBack(aside, folder);
  const back = await runAnishelf(['scan', id, '--json', '--data-dir', dataDir]);
  expect(back.code).toBe(0);
  expect(JSON.parse(back.stdout)).toMatchObject({ videoCount: 3, added: 0, removed: 0 });
  expect(seriesRow(dataDir)).toMatchObject({ state: 'present', has_nfo: 1, episodes: 3 });
}, 600_000);

test('reload of an emptied series folder never completes it with 0 videos; it loads again once the files are back', async () => {
  const { dataDir, folder, id } = await loadedLibrary();
  const aside = emptyOut(folder);

  expect((await runAnishelf(['reload', id, '--data-dir', dataDir])).code).toBe(0);
  // Offline is transient: retried with backoff, then failed with the reason; `load` ends either way.
  const load = await runAnishelf(['load', '--data-dir', dataDir]);
  expect(load.stderr).not.toMatch(STACK_TRACE);
  const after = seriesRow(dataDir);
  expect(after).toMatchObject({ state: 'offline', has_nfo: 1, video_count: 3, episodes: 3, loading_error_code: 'SERIES_OFFLINE' });
  expect(after.loading_status).not.toBe('completed');

  putBack(aside, folder);
  expect((await runAnishelf(['reload', id, '--data-dir', dataDir])).code).toBe(0);
  expect((await runAnishelf(['load', '--data-dir', dataDir])).code).toBe(0);
  expect(seriesRow(dataDir)).toMatchObject({ state: 'present', has_nfo: 1, video_count: 3, episodes: 3, loading_status: 'completed' });
}, 600_000);

test('a series that lost every video but kept its NFO keeps its rows until the user confirms the removal', async () => {
  const { dataDir, folder, id } = await loadedLibrary();
  asUser(() => {
    for (const name of fs.readdirSync(folder)) if (name.endsWith('.mkv')) fs.rmSync(path.join(folder, name));
  });

  const scan = await runAnishelf(['scan', id, '--data-dir', dataDir]);
  expect(scan.code).toBe(2);
  expect(scan.stderr).toMatch(/All 3 episodes of .*Show disappeared at once, so Anishelf kept them in the library.*--confirm-removal/);
  expect(seriesRow(dataDir)).toMatchObject({ state: 'present', has_nfo: 1, episodes: 3, loading_status: 'failed', loading_error_code: 'EPISODES_VANISHED' });

  const confirmed = await runAnishelf(['scan', id, '--confirm-removal', '--json', '--data-dir', dataDir]);
  expect(confirmed.code).toBe(0);
  expect(JSON.parse(confirmed.stdout)).toMatchObject({ videoCount: 0, removed: 3 });
  expect(seriesRow(dataDir)).toMatchObject({ episodes: 0, video_count: 0 });
}, 600_000);
