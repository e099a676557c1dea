import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentCliBundle } from '../bin/cli-bundle.js';
import { tempDir } from '../main/core/testing/temp';
import { bundleDesktop } from './desktop/bundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function write(file: string, text: string, mtime: Date): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, mtime, mtime);
}

describe('the CLI bundle', () => {
  it('is chosen only when it exists and no source file is newer', () => {
    const dir = tempDir();
    const old = new Date('2026-01-01T00:00:00Z');
    const built = new Date('2026-01-02T00:00:00Z');
    write(path.join(dir, 'main/cli/program.ts'), 'export {};', old);
    write(path.join(dir, 'shared/contract.ts'), 'export {};', old);
    expect(currentCliBundle(dir)).toBeNull();

    write(path.join(dir, 'out/main/cli.cjs'), '', built);
    expect(currentCliBundle(dir)).toBe(path.join(dir, 'out/main/cli.cjs'));

    // An edit after the build: the sources run instead of stale code.
    write(path.join(dir, 'shared/deep/er/types.ts'), 'export {};', new Date('2026-01-03T00:00:00Z'));
    expect(currentCliBundle(dir)).toBeNull();

    // A package that ships only the bundle has nothing to compare with.
    fs.rmSync(path.join(dir, 'main'), { recursive: true });
    fs.rmSync(path.join(dir, 'shared'), { recursive: true });
    expect(currentCliBundle(dir)).toBe(path.join(dir, 'out/main/cli.cjs'));
  });

  it('runs the CLI with plain Node: lists a library and reads names, workers included', async () => {
    const out = tempDir();
    await bundleDesktop({ root, outDir: out, mainEntries: ['main/cli.ts'], preloadEntries: [] });
    const cli = path.join(out, 'main/cli.cjs');
    expect(fs.readFileSync(cli, 'utf8')).not.toMatch(/import\.meta/);
    const dataDir = tempDir();
    const library = tempDir();
    fs.mkdirSync(path.join(library, 'Frieren', 'Season 1'), { recursive: true });
    fs.writeFileSync(path.join(library, 'Frieren', 'Season 1', 'Frieren - S01E05.mkv'), '');
    // Built outside the repository, it finds the native better-sqlite3 the way an install would.
    const run = (...args: string[]) => execFileSync(process.execPath, [cli, ...args, '--data-dir', dataDir], { encoding: 'utf8', env: { ...process.env, ANISHELF_PROVIDERS: 'off', NODE_PATH: path.join(root, 'node_modules') } });
    run('add', library);
    run('load');
    const listed = JSON.parse(run('list', '--json')) as { title: string }[];
    expect(listed.map((s) => s.title)).toEqual(['Frieren']);
  });
});
