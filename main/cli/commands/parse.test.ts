import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../io';
import { runCli } from '../program';
import { compactNumbers } from './parse';

const REPO = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The `--json` contract: these fields, in this order, first on every line. */
const JSON_FIELDS = [
  'input', 'title', 'year', 'season', 'episodes', 'absolute', 'special', 'version', 'group', 'resolution', 'checksum',
  'extension', 'episodeTitle',
];

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin: string | null = null, stdinIsTty = false): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const input = Object.assign(Readable.from(stdin === null ? [] : [stdin]), { isTTY: stdinIsTty });
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: input,
    env: {},
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('anishelf parse', () => {
  test('--json prints one compact object per name, fields in the documented order', async () => {
    const result = await run(['parse', '--json', '[SubsPlease] Frieren - 05 (1080p) [8DE44442].mkv', 'The.Expanse.S03E05.1080p.WEB.x264-GRP.mkv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('\n  ');
      expect(Object.keys(JSON.parse(line)).slice(0, JSON_FIELDS.length)).toEqual(JSON_FIELDS);
    }
    const [fansub, scene] = jsonLines(result.stdout);
    expect(fansub).toMatchObject({
      input: '[SubsPlease] Frieren - 05 (1080p) [8DE44442].mkv', title: 'Frieren', season: null, episodes: [5], absolute: [5],
      group: 'SubsPlease', resolution: '1080p', checksum: '8DE44442', extension: 'mkv',
    });
    expect(scene).toMatchObject({ title: 'The Expanse', season: 3, episodes: [5], absolute: [], group: 'GRP', source: 'WEB', videoCodec: 'x264' });
  });

  test('reads one name per line from stdin when no names are given, in input order', async () => {
    const names = ['Frieren/Season 1/05.mkv', '', 'One Piece - 1071', 'Show - 1x05 - Name.avi\r', 'The.Daily.Show.2024.01.15.720p.WEB.h264-GRP'];
    const result = await run(['parse', '--json'], names.join('\n'));
    expect(result.code).toBe(0);
    const parsed = jsonLines(result.stdout);
    expect(parsed.map((p) => p.input)).toEqual(['Frieren/Season 1/05.mkv', 'One Piece - 1071', 'Show - 1x05 - Name.avi', 'The.Daily.Show.2024.01.15.720p.WEB.h264-GRP']);
    expect(parsed[0]).toMatchObject({ title: 'Frieren', season: 1, episodes: [5] });
    expect(parsed[1]).toMatchObject({ title: 'One Piece', episodes: [1071], absolute: [1071] });
    expect(parsed[2]).toMatchObject({ title: 'Show', season: 1, episodes: [5], episodeTitle: 'Name' });
    expect(parsed[3]).toMatchObject({ title: 'The Daily Show', episodes: [], airDate: '2024-01-15' });
  });

  test('without --json prints an aligned table', async () => {
    const result = await run(['parse', '[Erai-raws] Show - 01~12 [1080p].mkv', 'Show.S02E05.720p.HDTV.x264-GRP']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TITLE +YEAR +SEASON +EPISODES +ABSOLUTE +KIND +GROUP +RES +NAME$/);
    expect(lines[1]).toMatch(/^Show +1-12 +1-12 +Erai-raws +1080p +\[Erai-raws\] Show - 01~12 \[1080p\]\.mkv$/);
    expect(lines[2]).toMatch(/^Show +2 +5 +GRP +720p +Show\.S02E05/);
    const column = lines[0]!.indexOf('EPISODES');
    expect(lines[1]!.slice(column)).toMatch(/^1-12 /);
  });

  test('a readable row never carries control characters from a name', async () => {
    const result = await run(['parse', 'Evil\u001b[31m - 05.mkv']);
    expect(result.stdout).not.toContain('\u001b');
  });

  test('with no names and a terminal on stdin it says how to give names (exit 2)', async () => {
    const result = await run(['parse'], null, true);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^anishelf: Give file names as arguments, or pipe them in/);
  });

  test('compacts runs of numbers for the table', () => {
    expect(compactNumbers([1, 2, 3, 4, 7, 9, 10])).toBe('1-4,7,9,10');
    expect(compactNumbers([])).toBe('');
  });

  test('the installed bin parses names piped to it', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin/anishelf.js'), 'parse', '--json'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.end('[HorribleSubs] Mob Psycho 100 S2 - 05 [720p].mkv\n【喵萌奶茶屋】[葬送的芙莉莲/Sousou no Frieren][０５][1080p]\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [mob, frieren] = jsonLines(stdout);
    expect(mob).toMatchObject({ title: 'Mob Psycho 100', season: 2, episodes: [5], group: 'HorribleSubs', resolution: '720p' });
    expect(frieren).toMatchObject({ title: 'Sousou no Frieren', episodes: [5], group: '喵萌奶茶屋' });
  });
});
