import { normalizeTitle } from '../util/normalize-title';
import { folderTitleKey, parseFolderName } from './folder-name';

const DIGIT = /\d/;

/**
 * Tells whether a subfolder is one season of the folder that holds it, kept the way anime is
 * kept by release: "Shingeki no Kyojin/[Grp] Shingeki no Kyojin S2 [1080p]",
 * "Kaguya-sama/Kaguya-sama 3rd Season". The folder's title key is read once, on first need.
 */
export function seasonReleaseCheck(folderName: string): (subfolderName: string) => boolean {
  let own: string | null = null;
  return (name) => {
    // A season in a folder name is written with digits: most names are ruled out at once.
    if (!DIGIT.test(name)) return false;
    const sub = parseFolderName(name);
    if (sub.seasonHint === null) return false;
    own ??= folderTitleKey(folderName);
    return own !== '' && normalizeTitle(sub.title) === own;
  };
}
