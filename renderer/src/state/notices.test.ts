import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NoticeStore } from './notices';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('info and ok notices time out, errors stay and are collected in one notice', () => {
  const store = new NoticeStore();
  store.push({ tone: 'info', title: 'Added 2 series, skipped 1', lines: ['/a/x — already in the library'], kind: 'add-result' });
  store.error('Reload failed', new Error('The drive is offline.'));
  store.error('Retry failed', new Error('Permission denied.'));
  expect(store.getSnapshot().map((n) => n.title)).toEqual(['Added 2 series, skipped 1', '2 problems']);
  expect(store.getSnapshot()[1]!.lines).toEqual(['Retry failed: Permission denied.', 'Reload failed: The drive is offline.']);
  vi.advanceTimersByTime(60_000);
  expect(store.getSnapshot().map((n) => n.title)).toEqual(['2 problems']);
  store.dismiss(store.getSnapshot()[0]!.id);
  store.error('Cancel failed');
  expect(store.getSnapshot().map((n) => n.title)).toEqual(['Cancel failed']);
});

test('nothing times out while the user reads the notices', () => {
  const store = new NoticeStore();
  store.push({ tone: 'ok', title: 'Added 30 series' });
  store.pause();
  vi.advanceTimersByTime(60_000);
  expect(store.getSnapshot()).toHaveLength(1);
  store.resume();
  vi.advanceTimersByTime(60_000);
  expect(store.getSnapshot()).toHaveLength(0);
});
