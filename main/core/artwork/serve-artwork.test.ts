import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../library/png';
import { testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { isInsideFolder } from './inside-folder';
import { checkArtworkFile, resolveArtwork } from './serve-artwork';

const png = encodePng(2, 2, () => [10, 20, 30]);

describe('isInsideFolder', () => {
  test.each([
    ['/lib/Show/poster.jpg', '/lib/Show', true],
    ['/lib/Show', '/lib/Show', true],
    ['/lib-evil/poster.jpg', '/lib', false],
    ['/lib/Show/../Other/poster.jpg', '/lib/Show', false],
    ['/other', '/lib', false],
  ])('%s in %s → %s', (child, folder, inside) => {
    expect(isInsideFolder(child, folder)).toBe(inside);
  });

  test('Windows paths compare by segment too', () => {
    expect(isInsideFolder('C:\\lib-evil\\p.jpg', 'C:\\lib', path.win32)).toBe(false);
    expect(isInsideFolder('C:\\lib\\Show\\p.jpg', 'C:\\lib', path.win32)).toBe(true);
  });
});

describe('resolveArtwork', () => {
  test('serves recorded artwork of a known series, refusing escapes, non-images and fakes', async () => {
    const lib = libraryDir();
    const outside = libraryDir('anishelf-outside-');
    fs.writeFileSync(path.join(outside, 'secret.png'), png);
    // A path of over 300 characters: a long grouping folder and a long series folder.
    const longName = `${'Long Collection Name '.repeat(8).trim()}/${'Long Series Name '.repeat(8).trim()}`;
    writeTree(lib, { [`${longName}/e01.mkv`]: '', [`${longName}/poster.png`]: png, 'Fake/e01.mkv': '', 'Fake/poster.jpg': '<html>not an image</html>', 'Link/e01.mkv': '' });
    fs.writeFileSync(path.join(lib, 'Link', 'poster.png'), png);
    const core = await testCore();
    await core.addFolders([lib]);
    await core.startLoader();
    await core.whenLoaderIdle();
    // The scan never records a link that leaves the series; a poster swapped for one afterwards
    // must still be refused when it is served.
    fs.rmSync(path.join(lib, 'Link', 'poster.png'));
    fs.symlinkSync(path.join(outside, 'secret.png'), path.join(lib, 'Link', 'poster.png'));
    const id = async (name: string) => (await core.listSeries()).find((s) => s.path === path.join(lib, name))!.id;

    const served = await resolveArtwork(core.db, await id(longName), 'poster');
    expect(served).toMatchObject({ contentType: 'image/png', size: png.length });
    expect(path.join(lib, longName, 'poster.png').length).toBeGreaterThan(300);
    expect(await resolveArtwork(core.db, await id('Fake'), 'poster')).toBe('not-an-image');
    expect(await resolveArtwork(core.db, await id('Link'), 'poster')).toBe('outside-series');
    expect(await resolveArtwork(core.db, await id('Fake'), 'logo')).toBe('no-artwork');
    expect(await resolveArtwork(core.db, await id('Fake'), '../../etc/passwd')).toBe('no-artwork');
    expect(await resolveArtwork(core.db, 999_999, 'poster')).toBe('unknown-series');
    await core.close();
  });

  test('a sibling folder sharing the prefix is outside', async () => {
    const base = libraryDir();
    writeTree(base, { 'lib/Show/e01.mkv': '', 'lib-evil/poster.png': '' });
    fs.writeFileSync(path.join(base, 'lib-evil', 'poster.png'), png);
    expect(await checkArtworkFile(path.join(base, 'lib-evil', 'poster.png'), path.join(base, 'lib'))).toBe('outside-series');
    expect(await checkArtworkFile(path.join(base, 'lib', 'Show', 'poster.txt'), path.join(base, 'lib', 'Show'))).toBe('not-an-image');
  });
});
