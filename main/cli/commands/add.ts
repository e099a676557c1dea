import type { AddResult } from '../../../shared/types';
import { AnishelfError } from '../../core/errors';
import type { CliCommand } from '../command';
import { printJson, type CliIo } from '../io';
import { SERIES_HEADERS, seriesRow } from '../series-format';
import { formatTable } from '../table';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const addCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('add').description('add folders (a library of series, or one series) and queue them for loading'))
      .argument('<folder...>', 'folders to add; a path or a file: URL')
      .action(async (folders: string[], options: CommonOptions) => {
        const result = await withCore(io, options, (core) => core.addFolders(folders));
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
    io.stdout.write(formatTable(SERIES_HEADERS, result.added.map(seriesRow)));
  } else {
    io.stdout.write('Added nothing.\n');
  }
  for (const s of result.skipped) if (!s.code) io.stdout.write(`Skipped ${s.path}: ${s.reason}\n`);
  for (const w of result.warnings ?? []) io.stderr.write(`warning: ${w.path} ${w.reason}\n`);
}

/** Unusable paths make the run exit 2 (bad input), after the good ones were added. */
export function failOnBadInput(result: AddResult): void {
  const bad = result.skipped.filter((s) => s.code);
  if (bad.length === 0) return;
  throw new AnishelfError(bad[0]!.code!, bad.map((s) => s.reason).join('\nanishelf: '));
}
