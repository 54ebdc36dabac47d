import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (the tests need it that way); the app needs a
 * build for Electron's ABI. scripts/build-electron-native.mjs writes that build to the dev cache
 * below, and packaging copies it to `<resources>/native/`. Keep these paths in step with that script.
 */
export const NATIVE_ADDON_FILE = 'better_sqlite3.node';

export function devCacheBindingPath(appRoot: string, electronVersion: string): string {
  return join(appRoot, '.cache', 'electron-native', electronVersion, NATIVE_ADDON_FILE);
}

export interface NativeBindingInputs {
  /** process.resourcesPath: where a packaged app keeps files outside its asar archive. */
  resourcesPath: string | undefined;
  /** app.getAppPath(): the project folder when running unpackaged. */
  appRoot: string;
  /** process.versions.electron */
  electronVersion: string;
  exists?: (file: string) => boolean;
}

/** Where to look, in order: the packaged app's own copy wins over a developer's cache. */
export function nativeBindingCandidates(inputs: NativeBindingInputs): string[] {
  const candidates: string[] = [];
  if (inputs.resourcesPath)
    candidates.push(join(inputs.resourcesPath, 'native', NATIVE_ADDON_FILE));
  candidates.push(devCacheBindingPath(inputs.appRoot, inputs.electronVersion));
  return candidates;
}

/** The first candidate that exists, or null (the caller explains how to build it). */
export function resolveNativeBinding(inputs: NativeBindingInputs): string | null {
  const exists = inputs.exists ?? existsSync;
  return nativeBindingCandidates(inputs).find((file) => exists(file)) ?? null;
}
