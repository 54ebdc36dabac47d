// The Electron fuses OneUp ships with: switches compiled into the Electron binary that no command
// line, environment variable or script can turn back. The afterPack hook flips them and the
// packaging test checks this list, so both read it from here.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse name → wanted state. Fuses not named keep Electron's default. */
export const FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 OneUp script.js` would turn the signed app into a plain Node.
  RunAsNode: false,
  // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Cookies and other session data encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // The app code is what was packaged: app.asar is checked against the hash in the binary, and
  // Electron refuses to load an app folder placed next to it.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // The renderer comes from app:// (src/main/electron/app-protocol.ts), never file://, so no page
  // needs file://'s extra powers (fetching other files, loading in any frame). Off, a file:// page
  // that ever got loaded would be an ordinary, unprivileged one.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The config @electron/fuses' flipFuses() takes. `resetAdHocDarwinSignature` re-signs an Apple
 * Silicon binary ad hoc after the edit; without it an unsigned arm64 build would not launch
 * (electron-builder signs again afterwards when a real identity is configured).
 */
export function fuseConfig({ resetAdHocDarwinSignature = false } = {}) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (index === undefined) throw new Error(`@electron/fuses does not know the fuse ${name}`);
    config[index] = enabled;
  }
  return config;
}
