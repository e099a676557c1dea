import { expect, test } from 'vitest';
import { FOLDER_NAMES } from '../testing/data/folder-names';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { THRESHOLDS } from './decide';
import { identify } from './identify';

const RECALL_FLOOR = 0.9;

test(`the folder-name table: no wrong auto-match, recall at least ${RECALL_FLOOR}`, async () => {
  expect(FOLDER_NAMES.length).toBeGreaterThanOrEqual(150);
  const server = await startFakeProviders();
  const { anilist, tmdb } = clientsFor(server, { perMinute: 100_000 });
  const wrong: string[] = [];
  const missed: string[] = [];
  let auto = 0;
  for (const [folder, want, videoCount] of FOLDER_NAMES) {
    const result = await identify({ anilist, tmdb }, { folderName: folder, nfoIds: {}, videoCount });
    const got = result.state === 'matched' ? `${result.provider}:${result.id}` : null;
    if (got !== null) {
      auto++;
      if (got !== want) wrong.push(`${folder} → ${got} (want ${want}; ${result.explanation})`);
    } else if (want !== null) {
      missed.push(`${folder} → ${result.state} (want ${want}; ${result.explanation})`);
    }
  }
  const withAnswer = FOLDER_NAMES.filter(([, want]) => want !== null).length;
  const precision = auto === 0 ? 1 : (auto - wrong.length) / auto;
  const recall = (auto - wrong.length) / withAnswer;
  console.log(
    `folder-name table: ${FOLDER_NAMES.length} names (${withAnswer} with an answer), thresholds ${JSON.stringify(THRESHOLDS)}\n` +
      `  auto-matched ${auto}, wrong ${wrong.length} -> precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (auto-matched share of names with an answer)\n` +
      (missed.length ? `  left for review or unmatched:\n    ${missed.join('\n    ')}\n` : '') +
      (wrong.length ? `  WRONG:\n    ${wrong.join('\n    ')}\n` : ''),
  );
  expect(wrong).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
});
