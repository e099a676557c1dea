import { unknownSetting } from '../../core/metadata/config';
import type { MetadataSettingsView } from '../../core/metadata/service';
import type { CliCommand } from '../command';
import { printJson } from '../io';
import { libraryOptions, withCore, type CommonOptions } from '../with-core';

const NAMES = 'tmdb-key, title-language (romaji|english|native), rating-country (US, DE…; "" follows the system), anilist (on|off), tmdb (on|off), workers (1-16), episode-nfos (on|off)';

export const configCommand: CliCommand = {
  register(program, io) {
    const config = program.command('config').description('show or change the settings (TMDB key, title language, rating country, providers, disk workers)');
    libraryOptions(config.command('get').description('show the settings; the TMDB key is never shown in full'))
      .argument('[name]', NAMES)
      .action(async (name: string | undefined, options: CommonOptions) => {
        const view = await withCore(io, options, (core) => core.metadata.settings());
        const shown = toCli(view);
        if (name !== undefined && !(name in shown)) throw unknownSetting(name);
        if (options.json) return printJson(io, name === undefined ? shown : { [name]: shown[name] });
        for (const [key, value] of Object.entries(shown)) if (name === undefined || key === name) io.stdout.write(`${key} = ${value ?? '(not set)'}\n`);
      });
    libraryOptions(config.command('set').description('change a setting'))
      .argument('<name>', NAMES)
      .argument('<value>', 'the new value ("" clears the TMDB key)')
      .action(async (name: string, value: string, options: CommonOptions) => {
        const view = await withCore(io, options, (core) => core.setSetting(name, value));
        const shown = toCli(view);
        if (options.json) return printJson(io, shown);
        io.stdout.write(`${name} = ${shown[name] ?? '(not set)'}\n`);
      });
  },
};

function toCli(view: MetadataSettingsView): Record<string, string | number | null> {
  return {
    // Write-only: whether a key is set, never the key.
    'tmdb-key': view.tmdbKey.source === 'environment' ? 'set (ANISHELF_TMDB_KEY)' : view.tmdbKey.set ? 'set' : null,
    'title-language': view.titleLanguage,
    'rating-country': view.ratingCountry.source === 'system' ? `${view.ratingCountry.country} (from the system)` : view.ratingCountry.country,
    anilist: view.anilist ? 'on' : 'off',
    tmdb: view.tmdb ? 'on' : 'off',
    workers: view.workers,
    'episode-nfos': view.episodeNfos ? 'on' : 'off',
  };
}

