#!/usr/bin/env node
// `npm run dist`: build, then package with electron-builder into release/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { dist } = await import('./desktop/dist.ts');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  process.exitCode = await dist(root, process.argv.slice(2));
} catch (err) {
  process.stderr.write(`npm run dist failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
