import path from 'node:path';
import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

export const artworkCommand: CliCommand = {
  register(program, io) {
    const artwork = program.command('artwork').description("a series' artwork from its matched provider entries");
    libraryOptions(artwork.command('refresh').description('fetch the artwork again: replaces only files Anishelf wrote and nobody changed, fills what is missing, never touches your own files'))
      .argument('<id|path>', 'series id or folder path')
      .action(async (idOrPath: string, options: CommonOptions) => {
        const { title, result } = await withCore(io, options, async (core) => {
          const series = await core.resolveSeries(idOrPath);
          return { title: series.title, result: await core.refreshArtwork(series.id) };
        });
        if (options.json) {
          printJson(io, result);
          return;
        }
        const lines = [`${title} (${result.match})`];
        for (const file of result.written) lines.push(`  wrote ${path.basename(file)}`);
        for (const file of result.kept) lines.push(`  kept ${path.basename(file)} (your own file; replace it with "Replace artwork…" in the app)`);
        for (const f of result.failed) lines.push(`  no ${f.kind}${f.season !== null ? ` for season ${f.season}` : ''}: ${f.message}`);
        if (result.waiting) lines.push(`  the rest waits: ${result.waiting.message}`);
        if (lines.length === 1) lines.push('  nothing to fetch: the providers offer no artwork for this entry');
        io.stdout.write(`${lines.join('\n')}\n`);
      });
  },
};
