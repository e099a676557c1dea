import { describe, expect, test } from 'vitest';
import type { CorpusCase } from './corpus/case';
import { CORPUS_STYLES as STYLES } from './corpus/styles';
import { parseEpisodeName } from './index';

/** The fields a case states, read from the parse, so one comparison shows every difference. */
function stated(expected: CorpusCase): Record<string, unknown> {
  const result = parseEpisodeName(expected.name) as unknown as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) picked[key] = key === 'name' ? expected.name : result[key];
  return picked;
}

describe.each(Object.entries(STYLES))('episode-name corpus: %s', (_style, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, expected) => {
    expect(stated(expected)).toEqual(expected);
  });
});

test('the corpus is large and its names are unique', () => {
  const names = Object.values(STYLES).flat().map((c) => c.name);
  expect(names.length).toBeGreaterThanOrEqual(300);
  expect(new Set(names).size).toBe(names.length);
});
