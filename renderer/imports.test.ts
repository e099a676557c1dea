import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const here = path.dirname(new URL(import.meta.url).pathname);
const ALLOWED_PACKAGES = new Set(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@tanstack/react-virtual']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

// The renderer runs in a sandboxed page: it reaches the core only through the bridge, and may
// import shared/ (types and the contract) but never Node, Electron or main/.
test('renderer code imports only itself, shared/ and its UI packages', () => {
  const shared = path.resolve(here, '../shared');
  const problems: string[] = [];
  for (const file of sources(path.join(here, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(path.join(here, 'src')) && !target.startsWith(shared + path.sep)) problems.push(`${path.relative(here, file)} → ${spec}`);
      } else if (!ALLOWED_PACKAGES.has(spec)) {
        problems.push(`${path.relative(here, file)} → ${spec}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
