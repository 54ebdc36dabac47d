import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';

/**
 * The main window opens where the rep left it. Its bounds live in a small JSON file in the data
 * folder (not the database: a window position is no part of the library, and a broken database
 * must not stop the window from opening). Bounds saved on a monitor that has since been unplugged
 * are not restored: the window would open off screen.
 */
export const WINDOW_STATE_FILE = 'window-state.json';

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

/** What Electron's screen.getAllDisplays() reports, reduced to what placement needs. */
export interface DisplayArea {
  workArea: Rect;
}

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** A strip this tall at the top of the window must be on screen: it is where the window is grabbed. */
export const TITLE_BAR_HEIGHT = 32;
/** …and at least this much of its width, or the rep could not find it to drag it back. */
export const MIN_VISIBLE_WIDTH = 120;

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The display showing most of the window's title bar, if enough of it shows to grab it. */
export function displayShowing(bounds: Rect, displays: DisplayArea[]): DisplayArea | null {
  const titleBar = { ...bounds, height: TITLE_BAR_HEIGHT };
  let best: DisplayArea | null = null;
  let bestWidth = 0;
  for (const display of displays) {
    const shared = intersection(titleBar, display.workArea);
    if (!shared || shared.height < TITLE_BAR_HEIGHT) continue;
    if (shared.width > bestWidth) {
      best = display;
      bestWidth = shared.width;
    }
  }
  return bestWidth >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) ? best : null;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high));

/** Shrinks the window to the work area if it is larger, then slides it fully inside. */
export function clampToArea(bounds: Rect, area: Rect, size: WindowSize): Rect {
  const width = clamp(bounds.width, size.minWidth, area.width);
  const height = clamp(bounds.height, size.minHeight, area.height);
  return {
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

export interface Placement {
  /** Position and size; without x and y Electron centres the window. */
  bounds: Partial<Rect> & { width: number; height: number };
  maximized: boolean;
}

/**
 * Where to open the window: the saved bounds, kept inside the display that shows them; or, when
 * nothing was saved or its display is gone, the default size centred on the primary display.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: DisplayArea[],
  size: WindowSize,
): Placement {
  const fallback = { width: size.width, height: size.height };
  if (!saved) return { bounds: fallback, maximized: false };
  const display = displayShowing(saved.bounds, displays);
  if (!display) return { bounds: fallback, maximized: saved.maximized };
  return { bounds: clampToArea(saved.bounds, display.workArea, size), maximized: saved.maximized };
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A saved state, or null for anything that is not one (a hand-edited or half-written file). */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as { bounds?: Partial<Rect>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  if (width! <= 0 || height! <= 0) return null;
  return {
    bounds: { x: x!, y: y!, width: width!, height: height! },
    maximized: maximized === true,
  };
}

export function loadWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null; // first start, or unreadable: the default placement is fine
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, WINDOW_STATE_FILE);
  // Write then rename, so a crash mid-write leaves the previous state rather than half a file.
  writeFileSync(`${file}.partial`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.partial`, file);
}

/**
 * Saves the window's bounds when it closes. getNormalBounds() is the size it returns to when
 * un-maximised, so a maximised window reopens maximised and still knows its normal size.
 */
export function rememberWindowState(
  window: BrowserWindow,
  dataDir: string,
  onError: (error: unknown) => void = (error) =>
    console.warn('[window] could not save the window position:', error),
): void {
  window.on('close', () => {
    try {
      saveWindowState(dataDir, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      onError(error);
    }
  });
}
