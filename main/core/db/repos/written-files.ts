import { createHash } from 'node:crypto';
import { chunks } from '../../../../shared/chunks';
import type { DbOrTx } from '../handle';

export type WrittenKind = 'nfo' | 'episode-nfo' | 'poster' | 'fanart' | 'clearlogo' | 'banner' | 'season-poster';

/** The `written_files` table: the files Anishelf wrote, so only those are replaced without asking. */

/** A file a stage or an action wrote, to record in the same transaction as what it changed. */
export interface WrittenFile {
  path: string;
  kind: WrittenKind;
  bytes: Uint8Array;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Records that Anishelf wrote `bytes` at `path` (replacing an older record of that path). */
export async function recordWritten(db: DbOrTx, path: string, kind: WrittenKind, bytes: Uint8Array, now: Date = new Date()): Promise<void> {
  const row = { path, kind, hash: hashBytes(bytes), size: bytes.byteLength, written_at: now.toISOString() };
  await db
    .insertInto('written_files')
    .values(row)
    .onConflict((oc) => oc.column('path').doUpdateSet({ kind: row.kind, hash: row.hash, size: row.size, written_at: row.written_at }))
    .execute();
}

/**
 * A file Anishelf wrote was moved (with the folder it is in): its record follows, so it is still
 * known as Anishelf's own while its bytes are unchanged. A record already at `to` is stale.
 */
export async function moveWrittenRecord(db: DbOrTx, from: string, to: string): Promise<void> {
  await db.deleteFrom('written_files').where('path', '=', to).execute();
  await db.updateTable('written_files').set({ path: to }).where('path', '=', from).execute();
}

/** Files Anishelf removed (its own, unchanged): their records go. */
export async function forgetWritten(db: DbOrTx, paths: readonly string[]): Promise<void> {
  for (const batch of chunks(paths, 500)) await db.deleteFrom('written_files').where('path', 'in', batch).execute();
}

/**
 * Whether the file at `path` is still exactly what Anishelf wrote there. A file the user edited
 * or replaced since (another hash) is theirs again.
 */
export async function isOurs(db: DbOrTx, path: string, bytes: Uint8Array): Promise<boolean> {
  const row = await db.selectFrom('written_files').select(['hash']).where('path', '=', path).executeTakeFirst();
  return isOwnWrite(row?.hash ?? null, bytes);
}

/**
 * Whether `bytes` at a path are Anishelf's, given the hash it recorded there (null: none). An
 * empty file at a recorded path is its own write cut off by a power loss (new NFOs are not
 * flushed one by one): it holds nothing of the user's, and is written again.
 */
export function isOwnWrite(recordedHash: string | null, bytes: Uint8Array): boolean {
  return recordedHash !== null && (bytes.byteLength === 0 || hashBytes(bytes) === recordedHash);
}

/** The recorded hash and size of each of `paths` that Anishelf wrote as `kind` (others are absent). */
export async function writtenRecords(db: DbOrTx, paths: readonly string[], kind: WrittenKind): Promise<Map<string, { hash: string; size: number }>> {
  const out = new Map<string, { hash: string; size: number }>();
  for (const batch of chunks(paths, 500)) {
    const rows = await db.selectFrom('written_files').select(['path', 'hash', 'size']).where('path', 'in', batch).where('kind', '=', kind).execute();
    for (const row of rows) out.set(row.path, { hash: row.hash, size: row.size });
  }
  return out;
}

/** The recorded hash of each of `paths` that Anishelf wrote (paths it did not write are absent). */
export async function writtenHashes(db: DbOrTx, paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const batch of chunks(paths, 500)) {
    const rows = await db.selectFrom('written_files').select(['path', 'hash']).where('path', 'in', batch).execute();
    for (const row of rows) out.set(row.path, row.hash);
  }
  return out;
}
