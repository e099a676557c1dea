import fs from 'node:fs';
import path from 'node:path';
import { AnishelfError, errnoCode } from '../../core/errors';
import { writeFileAtomic } from '../../core/fs/atomic-write';
import { tvshowMatchingBlock, withTvshowMatching } from '../../core/kodi/advanced-settings';
import type { CliCommand } from '../command';

export const kodiSettingsCommand: CliCommand = {
  register(program, io) {
    program
      .command('kodi-settings')
      .description("Kodi's file-name rules for fansub episode names ([Group] Title - 03 [1080p].mkv), for its advancedsettings.xml")
      .option('--out <file>', 'write them into this advancedsettings.xml (created, or merged keeping everything else)')
      .action(async (options: { out?: string }) => {
        if (!options.out) {
          io.stdout.write(`${tvshowMatchingBlock('')}\n`);
          return;
        }
        const file = path.resolve(options.out);
        const existing = readIfAny(file);
        const text = withTvshowMatching(existing);
        if (text === existing) {
          io.stdout.write(`${file} already has Anishelf's rules.\n`);
          return;
        }
        await writeFileAtomic(file, text);
        io.stdout.write(`${existing === null ? 'Wrote' : 'Updated'} ${file}; restart Kodi and scan the library again.\n`);
      });
  },
};

function readIfAny(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    if (errnoCode(err) === 'EISDIR') throw new AnishelfError('KODI_SETTINGS_INVALID', `${file} is a folder; give the path of advancedsettings.xml.`);
    throw new AnishelfError('KODI_SETTINGS_INVALID', `Cannot read ${file}; check the path and its permissions.`, { cause: err });
  }
}
