#!/usr/bin/env node
// `npm start`: build, then the desktop app — or, when Electron cannot run here, web mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { start } = await import('./desktop/start.ts');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  process.exitCode = await start(root, process.argv.slice(2));
} catch (err) {
  process.stderr.write(`npm start failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
