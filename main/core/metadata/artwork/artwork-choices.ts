import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArtworkChoiceKind, ArtworkChoices, ArtworkChosen } from '../../../../shared/types';
import { getSeriesMatch } from '../../db/repos/matches';
import { requireSeriesRow, updateSeries } from '../../db/repos/series';
import { isOurs } from '../../db/repos/written-files';
import { AnishelfError } from '../../errors';
import { checkMediaFiles } from '../../media/check';
import { artworkVersions, mediaColumns } from '../../loader/stages/presence';
import { artworkTargets, existingFile, type ArtworkTarget } from './artwork-targets';
import { asImageType } from '../../artwork/convert-image';
import { downloadArtwork } from '../../artwork/download-artwork';
import { ARTWORK_KINDS, providerArtwork } from './provider-artwork';
import { keepingFolderTimes } from '../../watch/own-folder-writes';
import type { SeriesArtworkDeps } from './series-artwork';
import { readRegularFile } from '../../fs/regular-file';

/** "Choose artwork": per kind, the file there now and what the matched entries offer. */
export async function artworkChoices(deps: SeriesArtworkDeps, seriesId: number): Promise<ArtworkChoices> {
  const { row, targets } = await choiceTargets(deps, seriesId);
  const names = await fs.readdir(row.path);
  const kinds = [];
  for (const target of targets) {
    const existing = existingFile(row.path, names, target);
    const current = existing === null ? null : { name: path.basename(existing), ours: await ownFile(deps, existing) };
    kinds.push({ kind: target.kind as ArtworkChoiceKind, current, candidates: target.candidates });
  }
  return { kinds };
}

/**
 * Saves the chosen candidate through the safe downloader. The user's own file is replaced only
 * with `replace` (after the UI showed the new image beside the old one), and then under the
 * user's own name; Anishelf's file, or none, is written under the Kodi name.
 */
export async function chooseArtwork(deps: SeriesArtworkDeps, seriesId: number, kind: ArtworkChoiceKind, url: string, replace: boolean): Promise<ArtworkChosen> {
  const { row, targets } = await choiceTargets(deps, seriesId);
  const target = targets.find((t) => t.kind === kind)!;
  // Only an image the provider offers for this kind: the URL is never taken on trust.
  if (!target.candidates.some((c) => c.url === url)) throw new AnishelfError('ARTWORK_NOT_OFFERED', 'That image is not among the provider’s artwork for this series; open “Choose artwork” again.');
  const existing = existingFile(row.path, await fs.readdir(row.path), target);
  const ours = existing !== null && path.basename(existing) === target.name && (await ownFile(deps, existing));
  if (existing !== null && !ours && !replace) {
    throw new AnishelfError('ARTWORK_USERS_FILE', `${path.basename(existing)} is your own file; use “Replace artwork…” to replace it after comparing the two.`);
  }
  const own = existing !== null && !ours;
  const ownType = own ? typeOfName(existing) : null;
  const name = own && ownType ? path.basename(existing) : target.name;
  const type = ownType ?? target.type;
  const result = await keepingFolderTimes(deps.db, seriesId, () => downloadArtwork(
    { url, folder: row.path, names: { [type]: name }, kind: target.written, mode: own ? 'replace' : 'refresh', convert: (bytes) => asImageType(bytes, type) },
    { db: deps.db, now: deps.now, ...deps.download },
  ));
  if (!result.written) throw new AnishelfError('ARTWORK_USERS_FILE', `${path.basename(result.path)} changed meanwhile and is yours now; use “Replace artwork…”.`);
  const media = await checkMediaFiles(row.path);
  await updateSeries(deps.db, seriesId, { ...mediaColumns(media, ['poster', 'logo', 'fanart']), ...(await artworkVersions(media)), updated_at: deps.now().toISOString() });
  return { path: result.path, replaced: existing === null ? 'nothing' : own ? 'yours' : 'ours' };
}

async function choiceTargets(deps: SeriesArtworkDeps, seriesId: number): Promise<{ row: Awaited<ReturnType<typeof requireSeriesRow>>; targets: ArtworkTarget[] }> {
  const row = await requireSeriesRow(deps.db, seriesId);
  const match = await getSeriesMatch(deps.db, seriesId);
  if (match?.state !== 'matched') throw new AnishelfError('ARTWORK_NOT_MATCHED', 'This series is not identified yet; identify it first, then choose its artwork.');
  const art = await providerArtwork(match, { providers: deps.providers, language: deps.language, seasons: [] });
  const targets = artworkTargets(art).filter((t) => (ARTWORK_KINDS as readonly string[]).includes(t.kind));
  return { row, targets };
}

async function ownFile(deps: SeriesArtworkDeps, file: string): Promise<boolean> {
  try {
    return await isOurs(deps.db, file, await readRegularFile(file));
  } catch {
    return false;
  }
}

function typeOfName(file: string): 'jpg' | 'png' | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.jpg' || ext === '.jpeg' ? 'jpg' : ext === '.png' ? 'png' : null;
}
