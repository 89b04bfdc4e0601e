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

/**
 * What a package must hold, from what is on disk now: the Electron bundles, the renderer build,
 * resources/ but its installer icons, package.json, and better-sqlite3's loader with the target
 * platform's binary only (not its sources, not the other platforms' binaries).
 */
export function expectedFiles(platform: 'linux' | 'win32' | 'darwin'): string[] {
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
