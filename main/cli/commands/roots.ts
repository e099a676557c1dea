import type { RootStatus } from '../../../shared/types';
import type { CliCommand } from '../command';
import { printJson, terminalWidth } from '../io';
import { formatTable } from '../table';
import { printable } from '../terminal-text';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const ROOT_HEADERS = ['ID', 'STATE', 'WATCH', 'SERIES', 'GONE', 'LAST CHECK', 'FOLDER'];

export function rootRow(r: RootStatus): string[] {
  const watch = r.watch === 'poll' ? `poll ${r.pollMinutes} min` : r.watch === 'native' ? 'realtime' : 'off';
  return [String(r.id), r.state, r.watchSetting === 'auto' ? `${watch} (auto)` : watch, String(r.seriesCount), String(r.missingCount), r.lastCheckedAt ?? 'never', r.path];
}

export const rootsCommand: CliCommand = {
  register(program, io) {
    libraryOptions(program.command('roots').description('list the library folders: state, how each is watched, series count, last check'))
      .action(async (options: CommonOptions) => {
        const roots = await withCore(io, options, (core) => core.listRoots());
        if (options.json) return printJson(io, roots);
        if (roots.length === 0) return void io.stdout.write('No library folders yet; add one with `anishelf add <folder>`.\n');
        io.stdout.write(formatTable(ROOT_HEADERS, roots.map(rootRow), { width: terminalWidth(io), shrink: ['FOLDER'] }));
        const keptOut = roots.flatMap((r) => r.keptOut);
        if (keptOut.length === 0) return;
        io.stdout.write(`\nLeft out, removed by you (\`anishelf add\` one to have it back):\n`);
        for (const folder of keptOut) io.stdout.write(`  ${printable(folder)}\n`);
      });
  },
};
