#!/usr/bin/env node
// Runs the CLI from its TypeScript source, so `npx anishelf` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli.ts');
