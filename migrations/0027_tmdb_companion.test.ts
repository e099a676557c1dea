import { expect, test } from 'vitest';
import { testDatabase } from '../main/core/testing/database';
import { addOldLibrary, addOldMatch } from './testing/old-library';

test('0027 marks every match as not having asked TMDB for its companion show yet', async () => {
  const v26 = await testDatabase({ version: 26 });
  const [series] = await addOldLibrary(v26.db, [{ name: 'S' }]);
  await addOldMatch(v26.db, series!);
  await v26.close();

  const v27 = await testDatabase({ dataDir: v26.dataDir, version: 27 });
  try {
    expect(v27.sqlite.pragma('user_version', { simple: true })).toBe(27);
    expect(await v27.db.selectFrom('matches').select(['provider_id', 'companion_asked']).executeTakeFirstOrThrow()).toEqual({ provider_id: '1', companion_asked: 0 });
  } finally {
    await v27.close();
  }
});
