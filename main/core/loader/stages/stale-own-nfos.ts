import { listEpisodeNfoSources } from '../../db/repos/episode-files';
import type { DbOrTx } from '../../db/handle';
import { isOwnWrite, writtenHashes } from '../../db/repos/written-files';
import { readRegularFile } from '../../fs/regular-file';
import { providerDetailsByFile } from '../../missing/episode-details';
import { nfoFieldsFor } from './episode-nfos';

/** An episode NFO whose titles differ from its episode row's: whose word is it? */
export interface DifferingNfo {
  rowId: number;
  nfoPath: string;
  /** The `<title>` of each `<episodedetails>`, as the file has them. */
  titles: Array<string | null>;
}

/**
 * The episode NFOs among `differing` that Anishelf wrote itself, unchanged since (same hash as
 * recorded), and that it would no longer write as they are: written from what an older parser
 * read in the file name ("Dark.S01E01.German.DL…" titled "German"). Reading one back would keep
 * the old reading for ever, so the caller leaves the row's fresh reading and has the file
 * written again. An NFO the user edited, or one Anishelf would write the same (a provider's
 * title), is read back as before.
 */
export async function staleOwnNfos(db: DbOrTx, seriesId: number, differing: readonly DifferingNfo[]): Promise<Set<number>> {
  const stale = new Set<number>();
  if (differing.length === 0) return stale;
  const hashes = await writtenHashes(db, differing.map((d) => d.nfoPath));
  const owned: DifferingNfo[] = [];
  for (const nfo of differing) if (hashes.has(nfo.nfoPath) && (await isUnchanged(nfo.nfoPath, hashes.get(nfo.nfoPath)!))) owned.push(nfo);
  if (owned.length === 0) return stale;
  const details = await providerDetailsByFile(db, seriesId);
  const sources = new Map((await listEpisodeNfoSources(db, seriesId)).map((row) => [row.id, row]));
  for (const nfo of owned) {
    const source = sources.get(nfo.rowId);
    if (!source) continue;
    const fields = nfoFieldsFor(source, details.get(source.path));
    // With no episode number left in the name the writer writes nothing: the file's numbers stand.
    if (fields.length === 0) continue;
    const titles = fields.map((f) => f.title ?? null);
    if (titles.length !== nfo.titles.length || titles.some((t, i) => t !== nfo.titles[i])) stale.add(nfo.rowId);
  }
  return stale;
}

async function isUnchanged(file: string, recordedHash: string): Promise<boolean> {
  // Gone or unreadable since the read a moment ago: nothing to rewrite.
  const bytes = await readRegularFile(file).catch(() => null);
  return bytes !== null && bytes.byteLength > 0 && isOwnWrite(recordedHash, bytes);
}
