import crypto from 'node:crypto';
import { expect, test } from 'vitest';
import { encodePng } from '../library/png';
import { libraryDir, writeTree } from '../testing/temp';
import { asyncFsOps, syncFsOps, type FsOps } from './fs-ops';
import { checkImageFile } from './image-check';

/** A JPEG header: start, comment segments of `padding` bytes in all, then the frame header. */
function jpegHeader(width: number, height: number, padding: number): Buffer {
  const parts = [Buffer.from([0xff, 0xd8])];
  for (let left = padding; left > 0; left -= 60_000) {
    const body = crypto.randomBytes(Math.min(left, 60_000));
    const length = Buffer.alloc(2);
    length.writeUInt16BE(body.length + 2);
    parts.push(Buffer.from([0xff, 0xfe]), length, body);
  }
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  parts.push(frame, crypto.randomBytes(200_000), Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** The real calls, with the length of each read recorded. */
function recordingReads(base: FsOps): { fs: FsOps; reads: number[] } {
  const reads: number[] = [];
  return { reads, fs: { ...base, readStart: (file, length) => (reads.push(length), base.readStart(file, length)) } };
}

test('a big image is checked from its first 64 KB; a JPEG whose frame header lies further is read on, up to 512 KB', async () => {
  const lib = libraryDir();
  // A 400×600 PNG of noise does not compress: about 700 KB.
  const png = encodePng(400, 600, () => [crypto.randomInt(256), crypto.randomInt(256), crypto.randomInt(256)]);
  expect(png.length).toBeGreaterThan(512 * 1024);
  // Frame headers 150 KB in (past the first read) and 580 KB in (past image-size's bound).
  const fanart = jpegHeader(1920, 1080, 150_000);
  writeTree(lib, { 'poster.png': png, 'fanart.jpg': fanart, 'cut.jpg': fanart.subarray(0, 120_000), 'deep.jpg': jpegHeader(1920, 1080, 580_000) });

  for (const base of [syncFsOps, asyncFsOps]) {
    const poster = recordingReads(base);
    expect(await checkImageFile(`${lib}/poster.png`, poster.fs)).toMatchObject({ ok: true, type: 'png', width: 400, height: 600 });
    expect(poster.reads).toEqual([64 * 1024]);

    const jpeg = recordingReads(base);
    expect(await checkImageFile(`${lib}/fanart.jpg`, jpeg.fs)).toMatchObject({ ok: true, type: 'jpg', width: 1920, height: 1080 });
    expect(jpeg.reads).toEqual([64 * 1024, fanart.length]);

    // As before, a header past 512 KB is not looked for.
    const deep = recordingReads(base);
    expect((await checkImageFile(`${lib}/deep.jpg`, deep.fs)).ok).toBe(false);
    expect(deep.reads).toEqual([64 * 1024, 512 * 1024]);

    // Cut before its frame header: no size anywhere in the file.
    const cut = recordingReads(base);
    expect((await checkImageFile(`${lib}/cut.jpg`, cut.fs)).ok).toBe(false);
    expect(cut.reads).toEqual([64 * 1024, 120_000]);
  }
});

test('a small image is read once, whole; the synchronous and promise calls agree', async () => {
  const lib = libraryDir();
  writeTree(lib, { 'logo.png': encodePng(4, 6, () => [200, 40, 40]), 'poster.jpg': 'abc', 'empty.jpg': '', 'page.jpg': '<html><body>Not found</body></html>' });
  for (const base of [syncFsOps, asyncFsOps]) {
    const logo = recordingReads(base);
    const check = await checkImageFile(`${lib}/logo.png`, logo.fs);
    expect(check).toMatchObject({ ok: true, type: 'png', width: 4, height: 6 });
    expect(logo.reads).toHaveLength(1);
    expect(logo.reads[0]).toBeLessThan(1024);
    for (const name of ['poster.jpg', 'empty.jpg', 'page.jpg', 'gone.jpg', '.']) expect((await checkImageFile(`${lib}/${name}`, base)).ok).toBe(false);
  }
  expect(await checkImageFile(`${lib}/logo.png`, syncFsOps)).toEqual(await checkImageFile(`${lib}/logo.png`, asyncFsOps));
});
