import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, type Rect } from '../../electron/main/window-state.ts';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    const state = { bounds: { x: -10, y: 40, width: 1200, height: 800 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it.each([
    null,
    'x',
    [],
    {},
    { bounds: { x: 0, y: 0, width: 100, height: 100 } },
    { bounds: { x: 0, y: 0, width: 100 }, maximized: false },
    { bounds: { x: '0', y: 0, width: 100, height: 100 }, maximized: false },
    { bounds: { x: 0.5, y: 0, width: 100, height: 100 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 0, height: 100 }, maximized: false },
    { bounds: { x: 0, y: 0, width: -5, height: 100 }, maximized: false },
    { bounds: { x: Number.NaN, y: 0, width: 100, height: 100 }, maximized: false },
    { bounds: { x: 1e9, y: 0, width: 100, height: 100 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 100, height: 100 }, maximized: 'yes' },
  ])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('centres the default size on the primary display when nothing is saved', () => {
    expect(placeWindow(null, [laptop, rightMonitor])).toEqual({
      bounds: { x: 80, y: 53, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('keeps bounds that fit on an attached display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('re-centres a window left on a monitor that is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 20, y: 25, width: 1400, height: 875 });
  });

  it('pulls a window hanging off an edge fully onto the display', () => {
    const saved = { bounds: { x: -300, y: 700, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 0, y: 200, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display and enforces the minimum size', () => {
    expect(
      placeWindow({ bounds: { x: 0, y: 25, width: 5000, height: 3000 }, maximized: false }, [
        laptop,
      ]).bounds,
    ).toEqual(laptop);
    expect(
      placeWindow({ bounds: { x: 100, y: 100, width: 200, height: 150 }, maximized: false }, [
        laptop,
      ]).bounds,
    ).toEqual({
      x: 100,
      y: 100,
      width: 900,
      height: 600,
    });
  });

  it('treats a sliver of visibility as not visible', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({
      x: 320,
      y: 163,
      width: 800,
      height: 600,
    });
  });

  it('copes with no display information at all', () => {
    expect(placeWindow(null, []).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 820 });
  });
});
