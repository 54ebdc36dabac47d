import type { BrowserWindow } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppLocation } from '../../../src/main/electron/app-location';
import { createMainWindow, MAIN_WINDOW_SIZE } from '../../../src/main/electron/window';
import {
  WINDOW_STATE_FILE,
  clampToArea,
  displayShowing,
  loadWindowState,
  parseWindowState,
  placeWindow,
  rememberWindowState,
  saveWindowState,
  type DisplayArea,
  type WindowState,
} from '../../../src/main/electron/window-state';
import { tempDir } from '../../helpers/temp';
import { FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// A laptop screen with a taskbar, and an external monitor to its right.
const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1440, height: 860 } };
const monitor: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const size = MAIN_WINDOW_SIZE;

const state = (
  x: number,
  y: number,
  width = 1000,
  height = 700,
  maximized = false,
): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('placing the window', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], size)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('reopens exactly where it was when that is on screen', () => {
    expect(placeWindow(state(1600, 100), [laptop, monitor], size)).toEqual({
      bounds: { x: 1600, y: 100, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('falls back to the default when the monitor it was on is unplugged', () => {
    expect(placeWindow(state(1600, 100), [laptop], size)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('remembers being maximised even when its old position is gone', () => {
    expect(placeWindow(state(5000, 100, 1000, 700, true), [laptop], size).maximized).toBe(true);
  });

  it('shrinks a window saved on a big monitor to fit the laptop it now shows on', () => {
    expect(placeWindow(state(100, 50, 2400, 1300), [laptop], size).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
    });
  });

  it('slides a window that hangs off the right edge back inside', () => {
    expect(placeWindow(state(1000, 100), [laptop], size).bounds).toEqual({
      x: 440,
      y: 100,
      width: 1000,
      height: 700,
    });
  });
});

describe('is the window visible', () => {
  it('needs its title bar on some display, not just a corner of the window', () => {
    // Title bar above the top of the screen: the body shows but the window cannot be grabbed.
    expect(displayShowing({ x: 100, y: -200, width: 1000, height: 700 }, [laptop])).toBeNull();
    expect(displayShowing({ x: 100, y: 0, width: 1000, height: 700 }, [laptop])).toBe(laptop);
  });

  it('needs enough of the title bar to grab', () => {
    expect(displayShowing({ x: 1400, y: 100, width: 1000, height: 700 }, [laptop])).toBeNull();
    expect(displayShowing({ x: 1300, y: 100, width: 1000, height: 700 }, [laptop])).toBe(laptop);
  });

  it('picks the display that shows most of a window straddling two', () => {
    expect(displayShowing({ x: 1000, y: 100, width: 1000, height: 700 }, [laptop, monitor])).toBe(
      monitor,
    );
    expect(displayShowing({ x: 600, y: 100, width: 1000, height: 700 }, [laptop, monitor])).toBe(
      laptop,
    );
  });

  it('finds nothing when there are no displays at all', () => {
    expect(displayShowing({ x: 0, y: 0, width: 1000, height: 700 }, [])).toBeNull();
  });

  it('clamps to the work area, never below the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampToArea({ x: 50, y: 50, width: 1000, height: 700 }, tiny, size)).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
    });
    expect(
      clampToArea({ x: -300, y: 900, width: 1000, height: 700 }, laptop.workArea, size),
    ).toEqual({ x: 0, y: 160, width: 1000, height: 700 });
  });
});

describe('the saved state file', () => {
  it('round-trips through the data folder', () => {
    const dataDir = tempDir('oneup-window-');
    expect(loadWindowState(dataDir)).toBeNull();
    saveWindowState(dataDir, state(10, 20, 1100, 750, true));
    expect(loadWindowState(dataDir)).toEqual(state(10, 20, 1100, 750, true));
    expect(existsSync(join(dataDir, `${WINDOW_STATE_FILE}.partial`))).toBe(false);
  });

  it('ignores a file that is not a window state, so the window still opens', () => {
    for (const text of [
      '',
      '{"bounds":',
      'null',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":0,"height":700}}',
      '{"bounds":{"x":"0","y":0,"width":900,"height":700}}',
      '{"bounds":{"x":1e999,"y":0,"width":900,"height":700}}',
    ]) {
      expect(parseWindowState(text), text).toBeNull();
    }
    const dataDir = tempDir('oneup-window-');
    writeFileSync(join(dataDir, WINDOW_STATE_FILE), 'garbage');
    expect(loadWindowState(dataDir)).toBeNull();
  });
});

describe('remembering the window', () => {
  const location = resolveAppLocation({
    isPackaged: true,
    devServerUrl: undefined,
  });

  beforeEach(() => {
    resetFakeElectron();
  });

  it('saves the normal bounds and maximised state when the window closes', () => {
    const dataDir = tempDir('oneup-window-');
    const window = new FakeBrowserWindow({});
    window.normalBounds = { x: 40, y: 30, width: 1200, height: 800 };
    window.maximized = true;
    rememberWindowState(window as unknown as BrowserWindow, dataDir);
    expect(loadWindowState(dataDir)).toBeNull();
    window.emit('close');
    expect(JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual(
      state(40, 30, 1200, 800, true),
    );
  });

  it('reports, and does not throw, when the folder cannot be written', () => {
    const window = new FakeBrowserWindow({});
    const onError = vi.fn();
    rememberWindowState(
      window as unknown as BrowserWindow,
      join(tempDir('oneup-window-'), 'missing'),
      onError,
    );
    window.emit('close');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('opens the window at the placement, maximising it once it is ready', () => {
    const window = createMainWindow({
      preloadPath: '/opt/oneup/out/preload/index.cjs',
      location,
      placement: { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true },
    }) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, minWidth: 900 });
    expect(window.maximized).toBe(false);
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    expect(window.visible).toBe(true);
  });
});
