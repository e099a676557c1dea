import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBoundaryViolations, findImportCycles, findMutualFolders, importGraph, importsOf, repoSources } from './import-boundaries';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('import boundaries (ARCHITECTURE.md, "Runtime rule")', () => {
  it('hold for every source file in the repository', () => {
    // This checker and its test hold the forbidden patterns as data; they are left out.
    const files = repoSources(root).filter((f) => !f.path.startsWith('scripts/import-boundaries.'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.path === 'main/electron/main.ts')).toBe(true);
    expect(findBoundaryViolations(files)).toEqual([]);
  });

  it('catch each kind of wrong import (so the check above cannot pass vacuously)', () => {
    const violations = findBoundaryViolations([
      { path: 'main/core/app.ts', text: "import { app } from 'electron';" },
      { path: 'main/core/x.ts', text: "const { BrowserWindow } = require('electron');\nimport { y } from '../electron/window';" },
      { path: 'main/server/s.ts', text: "import type { WebContents } from 'electron/main';" },
      { path: 'main/cli.ts', text: "await import('electron');" },
      { path: 'e2e/electron/a.spec.ts', text: "import { webUtils } from 'electron'" },
      { path: 'shared/contract.ts', text: "import fs from 'node:fs';\nimport path from 'path';\nimport { x } from '../main/core/app';\nimport { y } from '../renderer/src/z';" },
      { path: 'renderer/src/App.tsx', text: "import { openCore } from '../../main/core/app';\nimport os from 'node:os';" },
      { path: 'renderer/src/state/store.test.ts', text: "import { testCore } from '../../../main/core/testing/core';\nimport fs from 'node:fs';" },
      { path: 'renderer/vite.config.ts', text: "import path from 'node:path';" },
      { path: 'main/electron/window.ts', text: "import { createServer } from '../server/server';" },
      { path: 'main/electron/menu.ts', text: 'shell.openExternal(url);' },
      { path: 'renderer/src/lib/x.ts', text: "import { z } from 'zod';\nimport { w } from '../../../bench/run';" },
      { path: 'main/core/library/x.ts', text: "import { sql } from 'kysely';\nawait db.selectFrom('series').selectAll().execute();" },
      { path: 'main/server/y.ts', text: 'await core.db.transaction().execute(async (trx) => trx.deleteFrom("jobs").execute());' },
      { path: 'main/core/db/repos/series.ts', text: "import { sql } from 'kysely';\nawait db.selectFrom('series').selectAll().execute();" },
      { path: 'main/core/library/x.test.ts', text: "await db.selectFrom('series').selectAll().execute();" },
    ]);
    expect(violations).toEqual([
      "main/core/app.ts: imports electron (only main/electron/ may import 'electron')",
      "main/core/x.ts: imports ../electron/window (main/core/ is plain Node and must not import main/electron/)",
      "main/core/x.ts: imports electron (only main/electron/ may import 'electron')",
      "main/server/s.ts: imports electron/main (only main/electron/ may import 'electron')",
      "main/cli.ts: imports electron (only main/electron/ may import 'electron')",
      "e2e/electron/a.spec.ts: imports electron (only main/electron/ may import 'electron')",
      'shared/contract.ts: imports node:fs (shared/ must not import Node)',
      'shared/contract.ts: imports path (shared/ must not import Node)',
      'shared/contract.ts: imports ../main/core/app (shared/ imports nothing from the other folders)',
      'shared/contract.ts: imports ../renderer/src/z (shared/ imports nothing from the other folders)',
      'renderer/src/App.tsx: imports ../../main/core/app (renderer/ reaches main only through the bridge)',
      'renderer/src/App.tsx: imports node:os (renderer/ runs in the page, without Node)',
      'main/electron/window.ts: imports ../server/server (main/electron/ is a transport over main/core only)',
      'main/electron/menu.ts: calls shell.openExternal (only main/electron/security/open-external.ts may)',
      'renderer/src/lib/x.ts: imports zod (renderer/ page code uses only its UI packages)',
      'renderer/src/lib/x.ts: imports ../../../bench/run (renderer/ imports only itself and shared/)',
      'main/core/library/x.ts: imports kysely (only main/core/db/ speaks kysely; use a repository)',
      'main/core/library/x.ts: builds a query (queries live in main/core/db/repos/)',
      'main/server/y.ts: builds a query (queries live in main/core/db/repos/)',
    ]);
  });

  it('find no import circle in main/core, and no two of its folders importing each other', () => {
    const graph = importGraph(repoSources(root), 'main/core');
    expect(graph.has('main/core/app.ts')).toBe(true);
    expect(graph.get('main/core/app.ts')).toContain('main/core/loader/loader.ts');
    expect(findImportCycles(graph)).toEqual([]);
    expect(findMutualFolders(graph, 'main/core')).toEqual([]);
  });

  it('report a circle and two folders that import each other (so the check above cannot pass vacuously)', () => {
    const graph = importGraph(
      [
        { path: 'main/core/library/add.ts', text: "import { q } from '../loader/queue';\nimport { s } from './summary';" },
        { path: 'main/core/library/summary.ts', text: "import type { Feed } from '../events/feed';" },
        { path: 'main/core/loader/queue.ts', text: "import { add } from '../library/add';" },
        { path: 'main/core/events/feed.ts', text: "import { s } from '../library/summary.ts';" },
        { path: 'main/core/events/feed.test.ts', text: "import { add } from '../library/add';" },
      ],
      'main/core',
    );
    expect(findImportCycles(graph)).toEqual([
      ['main/core/events/feed.ts', 'main/core/library/summary.ts', 'main/core/events/feed.ts'],
      ['main/core/library/add.ts', 'main/core/loader/queue.ts', 'main/core/library/add.ts'],
    ]);
    expect(findMutualFolders(graph, 'main/core')).toEqual(['events <-> library', 'library <-> loader']);
  });

  it('reads every import form', () => {
    const text = [
      "import a from 'a';",
      "import {\n  b,\n} from 'b';",
      "import type { C } from 'c';",
      "export { d } from 'd';",
      "import 'e';",
      "const f = await import('f');",
      "const g = require('g');",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
