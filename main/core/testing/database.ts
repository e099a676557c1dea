import { migrations } from '../../../migrations/index';
import { openDatabase, type OpenDatabase } from '../db/open';
import { tempDir } from './temp';

/** A real database file in a fresh temp data dir, at the newest schema or at `version`. */
export async function testDatabase(options: { dataDir?: string; version?: number } = {}): Promise<OpenDatabase & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir('anishelf-data-');
  const list = options.version === undefined ? migrations : migrations.filter((m) => m.version <= options.version!);
  const opened = await openDatabase(dataDir, { migrations: list });
  return { ...opened, dataDir };
}
