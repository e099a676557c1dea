import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { createNfoReader } from './reader';
import type { NfoProblemCode, NfoReadResult } from './types';

// Hostile NFO files (entity bombs, deep nesting, huge or mis-encoded files) are read in a worker, give a clear problem, and stay untouched.
// (Timings are measured by the read-nfos bench, not asserted here.)
const reader = createNfoReader({ size: 2 });
afterAll(() => reader.close());

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('\n ')}
]>
<tvshow><title>&lol9;</title><plot>Still read</plot></tvshow>`;

const SJIS = Buffer.concat([
  Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?>\n<tvshow><title>'),
  Buffer.from([0x91, 0x92, 0x91, 0x97, 0x82, 0xcc, 0x83, 0x74, 0x83, 0x8a, 0x81, 0x5b, 0x83, 0x8c, 0x83, 0x93]),
  Buffer.from('</title></tvshow>\n'),
]);

interface Hostile {
  name: string;
  content: string | Buffer;
  problems: NfoProblemCode[];
  check?: (result: NfoReadResult) => void;
}

const cases: Hostile[] = [
  {
    name: 'billion laughs',
    content: LAUGHS,
    problems: ['NFO_ENTITIES'],
    check: (r) => expect(r).toMatchObject({ title: '&lol9;', plot: 'Still read' }),
  },
  {
    name: 'a million numeric character references',
    content: `<tvshow><title>${'&#65;'.repeat(1_000_000)}</title></tvshow>`,
    problems: ['NFO_ENTITIES'],
    check: (r) => expect(r.title).toBeNull(),
  },
  {
    name: '&#9999999; and other references to no character',
    content: '<tvshow><title>A&#9999999;B&#0;C&#xD800;</title></tvshow>',
    problems: ['NFO_ENTITIES'],
    check: (r) => expect(r.title).toBe('A\uFFFDB\uFFFDC\uFFFD'),
  },
  {
    name: 'repeated DOCTYPEs',
    content: `${'<!DOCTYPE tvshow [<!ENTITY a "b">]>\n'.repeat(1_000)}<tvshow><title>&a;</title></tvshow>`,
    problems: ['NFO_ENTITIES'],
    check: (r) => {
      expect(r.title).toBe('&a;');
      expect(r.problems[0]!.message).toContain('1000 DOCTYPEs');
    },
  },
  {
    name: 'a SYSTEM entity',
    content: '<?xml version="1.0"?><!DOCTYPE tvshow [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tvshow><title>&xxe;</title></tvshow>',
    problems: ['NFO_ENTITIES'],
    check: (r) => {
      expect(r.title).toBe('&xxe;');
      expect(r.problems[0]!.message).toContain('external entities');
    },
  },
  {
    name: '10,000 nesting levels',
    content: `<tvshow>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</tvshow>`,
    problems: ['NFO_TOO_DEEP'],
  },
  {
    name: '<__proto__> and friends',
    content: '<tvshow><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor><title>T</title></tvshow>',
    problems: [],
    check: (r) => {
      expect(r.title).toBe('T');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  },
  {
    name: 'UTF-16 LE with BOM',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<tvshow><title>フリーレン</title></tvshow>', 'utf16le')]),
    problems: [],
    check: (r) => expect(r.title).toBe('フリーレン'),
  },
  {
    name: 'UTF-16 BE without BOM',
    content: Buffer.from('<tvshow><title>Frieren</title></tvshow>', 'utf16le').swap16(),
    problems: [],
    check: (r) => expect(r.title).toBe('Frieren'),
  },
  { name: 'Shift-JIS', content: SJIS, problems: [], check: (r) => expect(r.title).toBe('葬送のフリーレン') },
  {
    name: 'truncated',
    content: '<?xml version="1.0"?>\n<tvshow>\n  <title>Half</title>\n  <plot>cut off in the mid',
    problems: ['NFO_TRUNCATED'],
    check: (r) => expect(r.title).toBe('Half'),
  },
  { name: 'empty', content: '', problems: ['NFO_EMPTY'] },
  { name: 'whitespace only', content: ' \r\n\t ', problems: ['NFO_EMPTY'] },
  {
    name: 'binary garbage',
    content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    problems: ['NFO_ENCODING', 'NFO_INVALID'],
  },
];

function snapshot(file: string) {
  const stat = fs.statSync(file);
  const sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  return { sha256, mtimeMs: stat.mtimeMs, size: stat.size };
}

describe('hostile NFO files', () => {
  test.each(cases)('$name', async ({ content, problems, check }) => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': content });
    const file = path.join(dir, 'tvshow.nfo');
    const before = snapshot(file);
    const result = await reader.read(file);
    expect(result.problems.map((p) => p.code)).toEqual(problems);
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(20);
    check?.(result);
    expect(snapshot(file)).toEqual(before);
  });

  test('a 50 MB file is refused without being read', async () => {
    const dir = libraryDir();
    const file = path.join(dir, 'tvshow.nfo');
    fs.writeFileSync(file, '<tvshow><title>big</title>');
    fs.truncateSync(file, 50 * 1024 * 1024);
    const { mtimeMs, size } = fs.statSync(file);
    const result = await reader.read(file);
    expect(result).toMatchObject({ kind: 'unknown', title: null, problems: [{ code: 'NFO_TOO_LARGE', message: expect.stringContaining('50 MB') }] });
    expect(fs.statSync(file)).toMatchObject({ mtimeMs, size });
  });

  test('a folder named tvshow.nfo is a problem, not a crash', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo/': '' });
    const result = await reader.read(path.join(dir, 'tvshow.nfo'));
    expect(result.problems).toEqual([{ code: 'NFO_IS_DIRECTORY', message: expect.stringContaining('folder') }]);
    expect(fs.statSync(path.join(dir, 'tvshow.nfo')).isDirectory()).toBe(true);
  });

  // A pipe with no writer would block a plain open() for ever; the reader must turn it away at once.
  test.skipIf(process.platform === 'win32')('a pipe named tvshow.nfo is a problem, not a hang', async () => {
    const file = path.join(libraryDir(), 'tvshow.nfo');
    execFileSync('mkfifo', [file]);
    const result = await reader.read(file);
    expect(result.problems).toEqual([{ code: 'NFO_UNREADABLE', message: expect.stringContaining('not a regular file') }]);
    expect(fs.statSync(file).isFIFO()).toBe(true);
  });

  test('a missing file is a problem', async () => {
    const result = await reader.read(path.join(libraryDir(), 'nope.nfo'));
    expect(result.problems.map((p) => p.code)).toEqual(['NFO_NOT_FOUND']);
  });
});
