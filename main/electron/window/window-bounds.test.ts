import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseSavedState, restoreBounds, type DisplayInfo } from './window-bounds';

const laptop: DisplayInfo = { workArea: { x: 0, y: 25, width: 1440, height: 875 }, primary: true };
const rightMonitor: DisplayInfo = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const leftMonitor: DisplayInfo = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };
const aboveMonitor: DisplayInfo = { workArea: { x: 0, y: -1080, width: 1920, height: 1080 } };
const state = (x: number, y: number, width = 1000, height = 700, maximized = false) => ({ bounds: { x, y, width, height }, maximized });

describe('restoreBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ bounds: { x: 120, y: 63, ...DEFAULT_SIZE }, maximized: false });
  });

  it('puts the window back where it was on the same screen', () => {
    expect(restoreBounds(state(100, 80), [laptop])).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false });
  });

  it('restores onto a second monitor that is still connected, left of the primary', () => {
    expect(restoreBounds(state(-1800, 100), [laptop, leftMonitor]).bounds).toEqual({ x: -1800, y: 100, width: 1000, height: 700 });
  });

  it('restores onto a monitor above the primary', () => {
    expect(restoreBounds(state(200, -900), [laptop, aboveMonitor]).bounds).toEqual({ x: 200, y: -900, width: 1000, height: 700 });
  });

  it('centres on the primary when the monitor it was on is gone', () => {
    const placement = restoreBounds(state(2000, 300, 1600, 1000, true), [laptop]);
    expect(placement.maximized).toBe(true);
    // Shrunk to the laptop's work area and centred on it.
    expect(placement.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('does not restore a title bar above the top of every screen', () => {
    expect(restoreBounds(state(100, -500), [laptop]).bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('does not restore a window with only a sliver showing', () => {
    expect(restoreBounds(state(1400, 100), [laptop]).bounds.x).toBe(220);
  });

  it('keeps a window that is partly off the edge but can still be grabbed', () => {
    expect(restoreBounds(state(-500, 100), [laptop]).bounds).toEqual({ x: -500, y: 100, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its screen and keeps it on that screen', () => {
    const placement = restoreBounds(state(1500, 10, 5000, 3000), [laptop, rightMonitor]);
    expect(placement.bounds).toEqual({ x: 1500, y: 10, width: 2560, height: 1440 });
  });

  it('uses the first display when none is marked primary', () => {
    expect(restoreBounds(null, [{ workArea: { x: 100, y: 100, width: 1600, height: 1000 } }]).bounds).toEqual({ x: 300, y: 200, ...DEFAULT_SIZE });
  });

  it('copes with no display information at all', () => {
    expect(restoreBounds(null, []).bounds).toEqual({ x: 0, y: 0, ...DEFAULT_SIZE });
  });

  it.each([
    ['garbage', 'nonsense'],
    ['NaN', { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 } }],
    ['strings', { bounds: { x: '10', y: 0, width: 800, height: 600 } }],
    ['a zero size', { bounds: { x: 0, y: 0, width: 0, height: 600 } }],
    ['a huge number', { bounds: { x: 1e12, y: 0, width: 800, height: 600 } }],
    ['no bounds', { maximized: true }],
  ])('treats %s as nothing saved', (_what, saved) => {
    expect(parseSavedState(saved)).toBeNull();
    expect(restoreBounds(saved, [laptop]).bounds).toEqual({ x: 120, y: 63, ...DEFAULT_SIZE });
  });
});
