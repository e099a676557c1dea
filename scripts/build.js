#!/usr/bin/env node
// `npm run build`: the renderer (Vite) and the desktop bundles (esbuild) into out/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { buildAll } = await import('./desktop/build.ts');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  await buildAll({ root, log: (line) => process.stdout.write(`${line}\n`) });
} catch (err) {
  process.stderr.write(`Build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
