import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { projectRoot } from '../../../scripts/stand-in-package.mjs';

/** Every file under a folder (of the project, unless absolute), relative to the project root. */
export function filesUnder(dir: string): string[] {
  const abs = join(projectRoot, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(projectRoot, join(e.parentPath, e.name)).split('\\').join('/'));
}

type Platform = 'linux' | 'win32' | 'darwin';

/** A package's files as electron-builder copies them: without its read-me (its default exclusions). */
const moduleFiles = (dir: string) => filesUnder(dir).filter((f) => !/\/readme(\.md)?$/i.test(f));

/**
 * The image libraries' packages with native binaries for a platform (docs/scanning.md, "Image
 * libraries in the installed app"): sharp's binary and its libvips (inside it on Windows), and the
 * Skia canvas pdf.js draws on, with its loader. Only those npm installed here are on disk.
 */
function imageLibraries(platform: Platform): string[] {
  const arch = process.arch;
  const canvas = { win32: `${platform}-${arch}-msvc`, linux: `${platform}-${arch}-gnu`, darwin: `${platform}-${arch}` }[platform];
  return [
    ...moduleFiles(`node_modules/@img/sharp-${platform}-${arch}`),
    ...(platform === 'win32' ? [] : moduleFiles(`node_modules/@img/sharp-libvips-${platform}-${arch}`)),
    'node_modules/@napi-rs/canvas/package.json',
    'node_modules/@napi-rs/canvas/LICENSE',
    ...filesUnder('node_modules/@napi-rs/canvas').filter((f) => /^node_modules\/@napi-rs\/canvas\/[^/]+\.js$/.test(f)),
    ...moduleFiles(`node_modules/@napi-rs/canvas-${canvas}`),
  ];
}

/** pdf.js's data folders (main/scan/render-pdf.ts), read from inside the asar. */
const pdfjsData = () => [
  'node_modules/pdfjs-dist/package.json',
  'node_modules/pdfjs-dist/LICENSE',
  ...['standard_fonts', 'cmaps', 'iccs', 'wasm'].flatMap((d) => moduleFiles(`node_modules/pdfjs-dist/${d}`)),
];

/** The files that must lie outside the asar (app.asar.unpacked): every native module, whole. */
export function unpackedFiles(platform: Platform): string[] {
  return expectedFiles(platform).filter((f) => /^node_modules\/(better-sqlite3|@img|@napi-rs)\//.test(f));
}

/**
 * What a package must hold, from what is on disk now: the Electron bundles, the renderer build,
 * resources/ but its installer icons, package.json, better-sqlite3's loader with the target
 * platform's binary only (not its sources, not the other platforms' binaries), the image libraries'
 * packages for that platform and pdf.js's data.
 */
export function expectedFiles(platform: Platform): string[] {
  return [
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/engine.cjs',
    'dist/electron/job-worker.cjs',
    'dist/electron/preload-operator.cjs',
    'dist/electron/preload-projector.cjs',
    ...filesUnder('dist/renderer'),
    ...filesUnder('resources').filter((f) => !f.startsWith('resources/icons/')),
    'node_modules/better-sqlite3/LICENSE',
    'node_modules/better-sqlite3/package.json',
    ...filesUnder('node_modules/better-sqlite3/lib').filter((f) => f.endsWith('.js')),
    `node_modules/better-sqlite3/prebuilds/${platform}-${process.arch}.node`,
    ...imageLibraries(platform),
    ...pdfjsData(),
  ].sort();
}

/** The files (not folders) an app.asar lists, as forward-slash paths without the leading slash. */
export function packagedFiles(asar: string): string[] {
  return listPackage(asar, { isPack: false })
    .map((p) =>
      p
        .replace(/^[\\/]/, '')
        .split('\\')
        .join('/'),
    )
    .filter((p) => !('files' in statFile(asar, p)))
    .sort();
}
