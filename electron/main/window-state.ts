import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** A restored window must show at least this much of itself on some display, or it is re-centred. */
const MIN_VISIBLE = 120;
const LIMIT = 100_000;

const isCoordinate = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= LIMIT;
const isSize = (v: unknown): v is number => isCoordinate(v) && v > 0;

/** The saved file is user-editable and may be from another screen setup: anything odd means "no state". */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return null;
  return { bounds: { x, y, width, height }, maximized };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Where to open the window: the saved bounds if a reasonable part of them is on a display that is
 * still attached (shrunk and moved to fit inside it), else the default size centred on the primary
 * display. workAreas[0] is the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved)
    return {
      bounds: centredIn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height),
      maximized: false,
    };

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const { width, height } = overlap(saved.bounds, area);
    if (width >= MIN_VISIBLE && height >= MIN_VISIBLE && width * height > bestArea) {
      best = area;
      bestArea = width * height;
    }
  }
  if (!best)
    return {
      bounds: centredIn(primary, saved.bounds.width, saved.bounds.height),
      maximized: saved.maximized,
    };

  const width = Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), best.width);
  const height = Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), best.height);
  const x = Math.min(Math.max(saved.bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.bounds.y, best.y), best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  } catch (error) {
    // Losing the window position is not worth interrupting a quit for.
    console.warn('[shell] could not save the window position:', error);
  }
}
