import { expect, test } from 'vitest';
import { describeWatch, lastCheckLabel, watchChoices } from './root-labels';

test('last check reads as a person would say it', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  expect(lastCheckLabel(null, now)).toBe('never');
  expect(lastCheckLabel('2026-01-01T11:59:30Z', now)).toBe('just now');
  expect(lastCheckLabel('2026-01-01T11:55:00Z', now)).toBe('5 min ago');
  expect(lastCheckLabel('2026-01-01T09:00:00Z', now)).toBe('3 h ago');
});

test('the mode switch names what automatic chose', () => {
  const root = { watch: 'poll', pollMinutes: 5, watchSetting: 'auto' } as const;
  expect(describeWatch(root)).toBe('every 5 min');
  expect(watchChoices(root as never).map((c) => c.label)).toEqual(['Automatic (every 5 min)', 'Realtime', 'Poll every 5 min', 'Off']);
});
