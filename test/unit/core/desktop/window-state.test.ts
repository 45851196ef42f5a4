import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  restoreWindow,
  windowStateToSave,
  type Rect,
} from '../../../../core/desktop/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const monitorRight: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('restoring the window over saved bounds and the displays there are now', () => {
  it('keeps a saved place that still lies on a display, maximised state included', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindow(saved, [laptop, monitorRight])).toEqual({
      bounds: { x: 1500, y: 100, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('moves a window whose monitor has gone onto the primary display, shrunk to fit', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1600, height: 900 }, maximized: false };
    const placed = restoreWindow(saved, [laptop]);
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    expect(placed.maximized).toBe(false);
  });

  it('brings back a window whose title bar is above the top of every display', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindow(saved, [laptop]).bounds).toEqual({
      x: 100,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('brings back a window that only shows a sliver at the left edge', () => {
    const saved = { bounds: { x: -950, y: 50, width: 1000, height: 600 }, maximized: false };
    const placed = restoreWindow(saved, [laptop]);
    expect(placed.bounds.x).toBe(0);
    expect(placed.bounds.y).toBe(50);
  });

  it('follows a monitor placed left of the primary (negative coordinates are real)', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };
    const saved = { bounds: { x: -1800, y: 40, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindow(saved, [laptop, left]).bounds).toEqual(saved.bounds);
  });

  it('a resolution that shrank: the window fits the display again, never under the minimum', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    const saved = { bounds: { x: 10, y: 10, width: 1900, height: 1000 }, maximized: false };
    const placed = restoreWindow(saved, [small]);
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
    expect(placed.bounds.width).toBeGreaterThanOrEqual(MIN_SIZE.width);
  });

  it('nothing saved, or saved data that is not a window state: the default size, placed by the OS', () => {
    for (const saved of [
      undefined,
      null,
      'x',
      { bounds: { x: 'a' } },
      { bounds: { x: 0, y: 0, width: -5, height: 9 }, maximized: false },
    ]) {
      const placed = restoreWindow(saved, [monitorRight]);
      expect(placed.bounds).toEqual({ ...DEFAULT_SIZE });
      expect(placed.maximized).toBe(false);
    }
    expect(restoreWindow(undefined, [laptop]).bounds).toEqual({ width: 1280, height: 728 });
  });

  it('saves whole numbers of the normal bounds', () => {
    expect(
      windowStateToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true, false),
    ).toEqual({
      bounds: { x: 10, y: 21, width: 1000, height: 701 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('what is saved restores to itself on the same displays', () => {
    const state = windowStateToSave({ x: 200, y: 100, width: 1100, height: 700 }, false, true);
    expect(restoreWindow(JSON.parse(JSON.stringify(state)), [laptop])).toEqual(state);
  });
});

describe('the least window size', () => {
  it('fits the work area of a 1366x768 laptop at 125 % (1093x582 CSS px)', () => {
    expect(MIN_SIZE.width).toBeLessThanOrEqual(1093);
    expect(MIN_SIZE.height).toBeLessThanOrEqual(582);
  });
});
