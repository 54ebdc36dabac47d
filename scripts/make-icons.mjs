#!/usr/bin/env node
// Renders resources/icon.svg into the icon set packaging uses, committed as files so `npm run dist`
// needs none of these tools:
//   resources/icons/<N>x<N>.png   Linux (electron-builder reads the folder) and the source of the rest
//   resources/icon.ico            Windows and the NSIS installer (ImageMagick: BMP entries, PNG at 256)
//   resources/icon.icns           macOS (PNG entries, written here: the format is a simple list)
//
// Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick; run it again after editing the SVG.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, UserFacingError, formatMessage } from './electron-support.mjs';

const RESOURCES = join(ROOT, 'resources');
const ICONS = join(RESOURCES, 'icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-carrying icon types (macOS 10.7+), by the pixel size each holds.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function tool(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new UserFacingError(
      `${command} failed: ${result.error?.message ?? result.stderr.trim()}. ` +
        'Install it with `apt-get install librsvg2-bin imagemagick`.',
    );
  }
}

const pngPath = (size) => join(ICONS, `${size}x${size}.png`);

/** An .icns file: 'icns', total length, then (type, entry length, PNG bytes) per entry. */
function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([header, ...parts]);
}

function main() {
  mkdirSync(ICONS, { recursive: true });
  for (const size of PNG_SIZES) {
    tool('rsvg-convert', [
      '-w',
      String(size),
      '-h',
      String(size),
      join(RESOURCES, 'icon.svg'),
      '-o',
      pngPath(size),
    ]);
  }
  // /usr/bin/convert-im6 by its full name: some machines put a stand-in `convert` first on PATH.
  tool('/usr/bin/convert-im6', [...ICO_SIZES.map(pngPath), join(RESOURCES, 'icon.ico')]);
  writeFileSync(
    join(RESOURCES, 'icon.icns'),
    icns(ICNS_TYPES.map(([type, size]) => [type, readFileSync(pngPath(size))])),
  );
  console.log(`Icons written to ${RESOURCES}`);
}

try {
  main();
} catch (error) {
  console.error(
    formatMessage([error instanceof UserFacingError ? error.message : String(error?.stack)]),
  );
  process.exit(1);
}
