#!/usr/bin/env node
// Runs the CLI: its bundled build when `npm run build` made one that is up to date (a start of a
// few hundred milliseconds), else from the TypeScript sources through tsx, so `npx anishelf`
// works straight after `npm install`. ANISHELF_FROM_SOURCE=1 always runs the sources.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentCliBundle } from './cli-bundle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = process.env.ANISHELF_FROM_SOURCE === '1' ? null : currentCliBundle(root);
if (bundle) {
  // require, not import(): import() would first scan the whole CommonJS bundle for its exports.
  createRequire(import.meta.url)(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main/cli.ts');
}
