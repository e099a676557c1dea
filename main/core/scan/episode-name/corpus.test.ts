import { describe, expect, test } from 'vitest';
import type { CorpusCase } from './corpus/case';
import { cjk } from './corpus/cjk';
import { dateFirst } from './corpus/date-first';
import { daily } from './corpus/daily';
import { dottedNumbers } from './corpus/dotted-numbers';
import { fansubSe } from './corpus/fansub-se';
import { fansub } from './corpus/fansub';
import { folders } from './corpus/folders';
import { foreignWords } from './corpus/foreign-words';
import { glued } from './corpus/glued';
import { longRunners } from './corpus/long-runners';
import { multi } from './corpus/multi';
import { ranges } from './corpus/ranges';
import { scene } from './corpus/scene';
import { specials } from './corpus/specials';
import { titleMarkers } from './corpus/title-markers';
import { titleStops } from './corpus/title-stops';
import { tv } from './corpus/tv';
import { parseEpisodeName } from './index';

const STYLES: Record<string, CorpusCase[]> = {
  fansub, scene, tv, daily, longRunners, cjk, specials, folders, multi,
  dateFirst, foreignWords, titleStops, fansubSe, titleMarkers, glued, ranges, dottedNumbers,
};

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
