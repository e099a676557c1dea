import path from 'node:path';
import { movedRootLine } from '../../../shared/add-result';
import type { AddResult } from '../../../shared/types';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { printJson, terminalWidth, type CliIo } from '../io';
import { runLoaderToIdle } from '../run-loader';
import { SERIES_HEADERS, seriesRow } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';
import { printable } from '../terminal-text';

export const addCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('add').description('add folders (a library of series, or one series) and queue them for loading'))
      .argument('<folder...>', 'folders to add; a path or a file: URL')
      .option('--wait', 'load the new series now and exit when they are done')
      .option('--workers <n>', 'parallel workers with --wait (1-16)', (v) => Number(v))
      .action(async (folders: string[], options: CommonOptions & { wait?: boolean; workers?: number }) => {
        const result = await withCore(
          io,
          options,
          async (core) => {
            const added = await core.addFolders(folders.map(absoluteUnlessUrl));
            // Series found moved were queued for a fresh load too: --wait waits for theirs.
            const queued = added.added.length + (added.moved?.length ?? 0) + (added.movedRoots?.length ?? 0);
            if (!options.wait || queued === 0) return added;
            await runLoaderToIdle(core, io, { quiet: options.json === true });
            // Report each added series in its final state.
            const ids = new Set(added.added.map((s) => s.id));
            return { ...added, added: (await core.listSeries()).filter((s) => ids.has(s.id)) };
          },
          options.workers,
        );
        report(io, result, options.json === true);
        failOnBadInput(result);
      });
  },
};

export function report(io: CliIo, result: AddResult, json: boolean): void {
  if (json) {
    printJson(io, result);
    return;
  }
  if (result.added.length > 0) {
    io.stdout.write(`Added ${result.added.length} series:\n`);
    io.stdout.write(formatTable(SERIES_HEADERS, result.added.map(seriesRow), { width: terminalWidth(io), shrink: ['TITLE'] }));
  } else if (!result.moved?.length && !result.movedRoots?.length) {
    io.stdout.write('Added nothing.\n');
  }
  for (const r of result.movedRoots ?? []) io.stdout.write(`${movedRootLine(r)}\n`);
  for (const m of result.moved ?? []) {
    io.stdout.write(`Renamed or moved: ${printable(m.from)} → ${printable(m.series.path)} (series ${m.series.id}, kept with its match and settings)\n`);
  }
  // Each reason says what became of its path ("already in the library", "is now part of …"), as
  // the page's report does: not every one was skipped (a library folder found inside is kept).
  for (const s of result.skipped) if (!s.code) io.stdout.write(`${printable(s.path)}: ${s.reason}\n`);
  for (const w of result.warnings ?? []) io.stderr.write(`warning: ${printable(w.path)} ${w.reason}\n`);
}

/** Unusable paths make the run exit 2 (bad input), after the good ones were added. */
export function failOnBadInput(result: AddResult): void {
  const bad = result.skipped.filter((s) => s.code);
  if (bad.length === 0) return;
  throw new AnishelfError(bad[0]!.code!, bad.map((s) => s.reason).join('\nanishelf: '));
}

/** A relative path is the shell's, resolved here so the report names the folder, not ".". */
const absoluteUnlessUrl = (folder: string) => (/^file:/i.test(folder) ? folder : path.resolve(folder));
