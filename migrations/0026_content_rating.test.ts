import { expect, test } from 'vitest';
import { testDatabase } from '../main/core/testing/database';
import { addOldLibrary } from './testing/old-library';

test('0026 gives series the content rating of their NFO (none yet: null)', async () => {
  const v25 = await testDatabase({ version: 25 });
  await addOldLibrary(v25.db, [{ name: 'S' }]);
  await v25.close();

  const v26 = await testDatabase({ dataDir: v25.dataDir, version: 26 });
  try {
    expect(v26.sqlite.pragma('user_version', { simple: true })).toBe(26);
    expect(await v26.db.selectFrom('series').select('mpaa').executeTakeFirstOrThrow()).toEqual({ mpaa: null });
  } finally {
    await v26.close();
  }
});
