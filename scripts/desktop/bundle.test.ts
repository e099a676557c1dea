import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../main/core/testing/temp';
import { bundleDesktop } from './bundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function requiredModules(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
}

describe('bundleDesktop', () => {
  it('bundles a worker pool entry so it runs from the built .cjs with plain Node, wherever the bundle is moved', async () => {
    const out = tempDir();
    const result = await bundleDesktop({ root, outDir: out, mainEntries: ['scripts/desktop/testing/pool-main.ts'], preloadEntries: [] });
    expect(result.workers).toEqual(['main/core/workers/testing/echo-worker.ts']);
    const main = path.join(out, 'scripts/desktop/testing/pool-main.cjs');
    expect(fs.existsSync(path.join(out, 'main/core/workers/testing/echo-worker.cjs'))).toBe(true);
    expect(fs.readFileSync(main, 'utf8')).toContain('new URL("../../../main/core/workers/testing/echo-worker.cjs", __anishelfModuleUrl)');
    // No tsx, no sources: the pool would fail if it fell back to the TypeScript bootstrap.
    expect(execFileSync(process.execPath, [main], { cwd: out, encoding: 'utf8' })).toBe('{"hello":"from a bundled worker"}\n');
    // Relocated as a whole (as inside app.asar), it still finds its worker.
    const moved = path.join(tempDir(), 'resources', 'app');
    fs.cpSync(out, moved, { recursive: true });
    fs.rmSync(out, { recursive: true, force: true });
    expect(execFileSync(process.execPath, [path.join(moved, 'scripts/desktop/testing/pool-main.cjs')], { encoding: 'utf8' })).toContain('from a bundled worker');
  });

  it('builds the desktop app: main, a small preload and every worker the core starts', async () => {
    const out = tempDir();
    const result = await bundleDesktop({ root, outDir: out });
    const main = path.join(out, 'main/electron/main.cjs');
    const preload = path.join(out, 'main/electron/preload.cjs');
    const mainText = fs.readFileSync(main, 'utf8');

    // Only Electron, the native better-sqlite3 and sharp, and Node's own modules are loaded at run time.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requiredModules(main).filter((m) => !builtins.has(m))).toEqual(['better-sqlite3', 'electron', 'sharp']);
    expect(mainText).not.toMatch(/import\.meta/);
    expect(mainText).not.toMatch(/\btsx\b.*register/);

    // Every worker URL in the bundle points at a bundled worker that exists.
    const workerUrls = [...mainText.matchAll(/new URL\("([^"]+\.cjs)", __anishelfModuleUrl\)/g)].map((m) => m[1]!);
    expect(workerUrls.length).toBe(result.workers.length);
    expect(workerUrls.length).toBeGreaterThan(0);
    for (const url of workerUrls) expect(fs.existsSync(path.join(path.dirname(main), url)), url).toBe(true);
    expect(mainText).not.toMatch(/new URL\("[^"]+\.ts", __anishelfModuleUrl\)/);
    for (const worker of result.workers) {
      const built = path.join(out, worker.replace(/\.ts$/, '.cjs'));
      // The checkpoint thread opens the database file on a connection of its own.
      const allowed = worker === 'main/core/db/checkpoint-worker.ts' ? ['better-sqlite3'] : [];
      expect(requiredModules(built).filter((m) => !builtins.has(m)), worker).toEqual(allowed);
    }

    // The sandboxed preload can require 'electron' only, and carries no zod or schemas.
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(fs.statSync(preload).size).toBeLessThan(20_000);
    expect(fs.readFileSync(preload, 'utf8')).toContain('"library.addFolders"');
  });
});
