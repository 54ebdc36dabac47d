// electron-builder's afterPack hook: runs once per platform and architecture after the app is
// laid out (app.asar, resources/native/…) and before code signing, which must see the final binary.
import { join } from 'node:path';
import { FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FUSES, fuseConfig } from '../fuses.mjs';

// electron-builder's Arch enum (builder-util): arm64 = 3, universal = 4.
const APPLE_SILICON_ARCHES = new Set([3, 4]);

/** The file whose fuse wire is flipped, found the way electron-builder's own fuse step finds it. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const darwin =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(
    binary,
    fuseConfig({ resetAdHocDarwinSignature: darwin && APPLE_SILICON_ARCHES.has(context.arch) }),
  );

  // Read the wire back: a binary whose fuses did not take must not be shipped.
  const wire = await getCurrentFuseWire(binary);
  for (const [name, enabled] of Object.entries(FUSES)) {
    if (wire[FuseV1Options[name]] !== (enabled ? FuseState.ENABLE : FuseState.DISABLE)) {
      throw new Error(`Electron fuse ${name} is not ${enabled ? 'on' : 'off'} in ${binary}`);
    }
  }
  console.log(`  • Electron fuses set in ${binary}`);
}
