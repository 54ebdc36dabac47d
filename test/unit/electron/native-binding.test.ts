import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nativeBindingCandidates,
  resolveNativeBinding,
} from '../../../src/main/electron/native-binding';

const inputs = {
  resourcesPath: '/opt/OneUp/resources',
  appRoot: '/home/rep/oneup',
  electronVersion: '45.5.0',
};
const packagedCopy = join('/opt/OneUp/resources', 'native', 'better_sqlite3.node');
const devCache = join(
  '/home/rep/oneup',
  '.cache',
  'electron-native',
  '45.5.0',
  'better_sqlite3.node',
);

describe('finding the Electron build of better-sqlite3', () => {
  it("prefers the packaged app's own copy", () => {
    expect(resolveNativeBinding({ ...inputs, exists: () => true })).toBe(packagedCopy);
  });

  it("falls back to the developer's cache, keyed by Electron version", () => {
    expect(resolveNativeBinding({ ...inputs, exists: (file) => file === devCache })).toBe(devCache);
    expect(nativeBindingCandidates({ ...inputs, resourcesPath: undefined })).toEqual([devCache]);
  });

  it('reports nothing rather than guessing when neither exists', () => {
    expect(resolveNativeBinding({ ...inputs, exists: () => false })).toBeNull();
  });
});
