// Renders the app icon (resources/icons/icon.svg; icon-small.svg for 16–32 px, where the ballot box's
// detail would only blur) into what the installers need, all committed beside the SVGs:
//   png/<n>x<n>.png  Linux (AppImage, .deb) and the source of the two below
//   icon.ico         Windows: the .exe and the NSIS installer (BMP entries, which every
//                    Windows and NSIS read)
//   icon.icns        macOS: the .app and the .dmg (PNG entries, macOS 10.7+)
//   file.ico/.icns   a .congress file's icon in Explorer and Finder (file.svg)
// Run after changing a drawing: `node scripts/make-icons.mjs`.
import { Resvg } from '@resvg/resvg-js';
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const SMALL = 32; // at or below: the simplified drawing

const read = (name) => readFileSync(join(dir, name), 'utf8');

/** Every size of one icon, each rendered from the vector drawing (never scaled from another bitmap). */
function renderSet(full, small = full) {
  return new Map(
    SIZES.map((size) => [
      size,
      Buffer.from(new Resvg(size <= SMALL ? small : full, { fitTo: { mode: 'width', value: size } }).render().asPng()),
    ]),
  );
}

/** Apple's icon container: 'icns', total length, then (type, length, PNG) entries. */
function icns(png) {
  // icp4/icp5/icp6: 16/32/64; ic07–ic10: 128–1024; ic11–ic14: the @2x variants of 16–256.
  const entries = [
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
  const chunks = entries.map(([type, size]) => {
    const data = png.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function writeIcoAndIcns(name, png) {
  writeFileSync(join(dir, `${name}.ico`), await pngToIco([16, 24, 32, 48, 64, 128, 256].map((s) => png.get(s))));
  writeFileSync(join(dir, `${name}.icns`), icns(png));
}

// The app: every PNG for Linux, and the .ico / .icns.
const app = renderSet(read('icon.svg'), read('icon-small.svg'));
mkdirSync(join(dir, 'png'), { recursive: true });
for (const [size, data] of app) writeFileSync(join(dir, 'png', `${size}x${size}.png`), data);
await writeIcoAndIcns('icon', app);
// A .congress file in Explorer and Finder: a sheet with the app's mark (file.svg).
await writeIcoAndIcns('file', renderSet(read('file.svg')));
console.log(`Icons: ${SIZES.join(', ')} px, icon.ico, icon.icns, file.ico, file.icns → ${dir}`);
