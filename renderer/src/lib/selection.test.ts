import { expect, test } from 'vitest';
import { keepShown, NO_SELECTION, pick, selectAll, selectedInOrder, START_SELECTING, type Selection } from './selection';
import { listsText, refreshedText, reloadedText, removedText, selectedText, theseSeries } from './selection-text';

const shown = [10, 20, 30, 40, 50];
const ids = (s: Selection) => [...s.ids].sort((a, b) => a - b);

test('a toggle adds or takes away one series and moves the anchor to it', () => {
  const one = pick(NO_SELECTION, shown, 20, { toggle: true, range: false });
  expect(one).toMatchObject({ active: true, anchor: 20 });
  expect(ids(one)).toEqual([20]);
  const two = pick(one, shown, 40, { toggle: true, range: false });
  expect(ids(two)).toEqual([20, 40]);
  const back = pick(two, shown, 20, { toggle: true, range: false });
  expect(ids(back)).toEqual([40]);
  // Taking the last one away keeps selecting on: the bar stays until it is closed.
  expect(pick(back, shown, 40, { toggle: true, range: false })).toMatchObject({ active: true, ids: new Set() });
});

test('Shift selects the cards from the anchor to this one in the order shown, either way; with Ctrl it adds them', () => {
  const anchored = pick(START_SELECTING, shown, 20, { toggle: true, range: false });
  expect(ids(pick(anchored, shown, 40, { toggle: false, range: true }))).toEqual([20, 30, 40]);
  const down = pick(pick(anchored, shown, 50, { toggle: false, range: true }), shown, 30, { toggle: false, range: true });
  // The anchor stays: a second Shift+click redraws the range from it.
  expect(ids(down)).toEqual([20, 30]);
  expect(down.anchor).toBe(20);
  const withFirst = pick(anchored, shown, 10, { toggle: true, range: false });
  expect(ids(pick(withFirst, shown, 40, { toggle: true, range: true }))).toEqual([10, 20, 30, 40]);
  // No anchor yet (or it is no longer shown): Shift+click picks that one card.
  expect(ids(pick(NO_SELECTION, shown, 30, { toggle: false, range: true }))).toEqual([30]);
  expect(ids(pick({ active: true, ids: new Set([99]), anchor: 99 }, shown, 30, { toggle: false, range: true }))).toEqual([30, 99]);
});

test('select all takes every series shown; a narrower view drops the rest, and an unchanged one keeps the object', () => {
  const all = selectAll(shown);
  expect(ids(all)).toEqual(shown);
  expect(keepShown(all, shown)).toBe(all);
  const narrowed = keepShown(all, [30, 50]);
  expect(ids(narrowed)).toEqual([30, 50]);
  expect(narrowed.anchor).toBeNull();
  expect(keepShown(NO_SELECTION, [])).toBe(NO_SELECTION);
  expect(selectedInOrder({ active: true, ids: new Set([50, 10, 30]), anchor: 50 }, shown)).toEqual([10, 30, 50]);
});

test('the selection bar counts the series and reports what each action did', () => {
  expect(theseSeries(1)).toBe('this series');
  expect(theseSeries(2500)).toBe('these 2,500 series');
  expect(selectedText(0)).toBe('Click series to select them');
  expect(selectedText(1234)).toBe('1,234 series selected');
  expect(reloadedText(1)).toBe('1 series is read from disk again.');
  expect(reloadedText(3)).toBe('3 series are read from disk again.');
  expect(removedText(2)).toBe('2 series left the library. Their files stay where they are.');
  expect(refreshedText(0, 1)).toBe('This series is not matched yet, so there is nothing to refresh.');
  expect(refreshedText(0, 4)).toBe('None of these series is matched yet, so there is nothing to refresh.');
  expect(refreshedText(3, 3)).toBe('All 3 series are refreshed from the provider in the background; the header says how many are left.');
  expect(listsText(0, 3)).toBe('None of these series has an episode list yet; lists come with identification.');
  expect(listsText(1, 1)).toBe("The episode list is fetched again in the background, at the providers' pace.");
  expect(listsText(2, 4)).toBe("The episode lists of 2 of 4 series are fetched again in the background, at the providers' pace.");
  expect(refreshedText(2, 5)).toBe('2 of 5 series are matched and refreshed from the provider in the background; the header says how many are left.');
});
