import { expect, test } from 'vitest';
import { checkedText, describeWatch, lastCheckLabel, watchChoices } from './root-labels';

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

test('a folder watched live says its changes are seen as they happen; a polled, offline or unwatched one says when it was checked', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const root = { state: 'online' as const, watch: 'native' as const, watching: true, lastCheckedAt: '2026-01-01T11:46:00Z' };
  expect(checkedText(root, now)).toBe('changes seen as they happen');
  expect(checkedText({ ...root, state: 'polling', watch: 'poll' }, now)).toBe('checked 14 min ago');
  expect(checkedText({ ...root, state: 'offline' }, now)).toBe('checked 14 min ago');
  expect(checkedText({ ...root, watch: 'off' }, now)).toBe('checked 14 min ago');
  // Watched by another Anishelf: this one does not know what that one has seen.
  expect(checkedText({ ...root, watching: false }, now)).toBe('checked 14 min ago');
});
