import path from 'node:path';
import { ownWrites } from '../fs/own-writes';
import { isInsideFolder } from '../fs/inside';
import { classifyChange } from './classify';
import { isExclusionRuleFile } from './ignore-names';
import type { RootSession } from './root-session';

export interface ChangeSink {
  series(seriesPath: string): void;
  library(rootId: number): void;
  /** Work started for the change (a stat), so shutdown and tests can wait for it. */
  track(work: Promise<unknown>): void;
}

/**
 * Sends one reported change where it belongs: its series (dirty), the root (new series folders),
 * or nowhere (temporary, system, or Anishelf's own NFO/artwork write left as written).
 */
export function routeChange(session: RootSession, changed: string, sink: ChangeSink): void {
  const target = classifyChange(changed, session.row.path, session.series);
  if (target.kind === 'ignore') return;
  if (target.kind === 'library') {
    // Rules at a library level reach every series below them: each is read again.
    if (isExclusionRuleFile(path.basename(changed))) for (const series of seriesBelow(session, path.dirname(changed))) sink.series(series);
    return sink.library(session.row.id);
  }
  if (!ownWrites.has(changed)) return sink.series(target.seriesPath);
  // Possibly our own write: wait for it to finish, then compare the file with what we left.
  sink.track(
    ownWrites
      .settled(changed)
      .then(() => session.fs.stat(changed))
      .then(
        (st) => {
          if (!ownWrites.isOwn(changed, { size: st.size, mtimeMs: st.mtimeMs })) sink.series(target.seriesPath);
        },
        () => sink.series(target.seriesPath),
      ),
  );
}

function seriesBelow(session: RootSession, folder: string): string[] {
  return [...session.series.keys()].filter((series) => series !== folder && isInsideFolder(series, folder));
}
