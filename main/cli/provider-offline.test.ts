import net from 'node:net';
import path from 'node:path';
import { expect, test } from 'vitest';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { runAnishelf, STACK_TRACE } from '../core/testing/anishelf-child';

// Real processes: the core's timers are unref'd, so a command waiting on a provider's retry
// once had Node end it with no output and exit code 0. Only a real process shows that.

/** A 127.0.0.1 address where nothing listens: every connection is refused, as with no network. */
async function refusingUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

test('with AniList unreachable, identify says it waits for the network, and --pick fails in one line with exit 2', async () => {
  const lib = libraryDir();
  writeTree(lib, { 'Frieren/Frieren - 01.mkv': 'v' });
  const folder = path.join(lib, 'Frieren');
  const dataDir = tempDir('anishelf-data-');
  const env = { ANISHELF_ANILIST_URL: await refusingUrl(), ANISHELF_PROVIDERS: '' };
  expect((await runAnishelf(['add', folder, '--data-dir', dataDir], { env })).code).toBe(0);

  const identify = await runAnishelf(['identify', folder, '--data-dir', dataDir], { env });
  expect(identify).toMatchObject({ code: 0, stderr: '' });
  expect(identify.stdout).toMatch(/^Frieren\n {2}waiting for the network: AniList cannot be reached \(no network\?\)\.\n$/);

  const pick = await runAnishelf(['identify', folder, '--pick', 'anilist:154587', '--data-dir', dataDir], { env });
  expect(pick).toMatchObject({ code: 2, stdout: '', stderr: 'anishelf: AniList cannot be reached (no network?).\n' });
  expect(pick.stderr).not.toMatch(STACK_TRACE);
}, 120_000);
