// Builds the app's Linux, Windows or macOS `dir` package with electron-builder against a stand-in
// Electron folder, on a machine that cannot download Electron. Everything electron-builder does to *our* files — the file
// list, the asar, what is unpacked from it, Chromium's locale trimming — runs for real; only the
// Electron runtime (the binary, its .pak files) is a few placeholder files.
// Used by tests/integration/packaging and by `npm run size -- --stand-in`.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));

/** Chromium's locale files in the stand-in; the config keeps only the app's two languages. */
export const STAND_IN_LOCALES = ['en-US.pak', 'fr.pak', 'vi.pak', 'zh-CN.pak'];

/**
 * A Windows `electron.exe` stand-in: an empty PE image with the one version-info block that
 * electron-builder edits (product name, version, icon, asar integrity), as Electron's has.
 */
function standInWindowsExe() {
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'stand-in' });
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  return Buffer.from(exe.generate());
}

const PLIST = (name) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>CFBundleExecutable</key><string>${name}</string><key>CFBundleIdentifier</key><string>com.github.Electron</string><key>CFBundleName</key><string>${name}</string></dict></plist>
`;

/**
 * macOS: Electron.app with the Info.plists electron-builder rewrites (the app's and its helper's),
 * the executables it renames, and the .lproj locale folders it trims (app and framework).
 */
function makeStandInMacApp(dir) {
  const contents = join(dir, 'Electron.app', 'Contents');
  const helper = join(contents, 'Frameworks', 'Electron Helper.app', 'Contents');
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework', 'Versions', 'A', 'Resources');
  for (const [plistDir, name] of [
    [contents, 'Electron'],
    [helper, 'Electron Helper'],
  ]) {
    mkdirSync(join(plistDir, 'MacOS'), { recursive: true });
    writeFileSync(join(plistDir, 'Info.plist'), PLIST(name));
    writeFileSync(join(plistDir, 'MacOS', name), '#!/bin/sh\nexit 1\n');
    chmodSync(join(plistDir, 'MacOS', name), 0o755);
  }
  // Electron's macOS names: en.lproj, vi.lproj, fr.lproj, zh_CN.lproj
  for (const locale of STAND_IN_LOCALES.map((l) => l.replace('.pak', '').replace('en-US', 'en').replace('-', '_'))) {
    for (const resources of [join(contents, 'Resources'), framework]) {
      mkdirSync(join(resources, `${locale}.lproj`), { recursive: true });
      writeFileSync(join(resources, `${locale}.lproj`, 'locale.pak'), 'stand-in\n');
    }
  }
  return dir;
}

/**
 * The files of an unpacked Electron that electron-builder touches: the executable (renamed to the
 * app's: `electron` on Linux, `electron.exe` on Windows, Electron.app on macOS), the licences it
 * moves, the locales it trims and `resources/`. No `resources/default_app.asar`: electron-builder
 * would hash it for integrity.
 */
export function makeStandInElectron(dir, platform = 'linux') {
  rmSync(dir, { recursive: true, force: true });
  if (platform === 'mac') return makeStandInMacApp(dir);
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  if (platform === 'win') {
    writeFileSync(join(dir, 'electron.exe'), standInWindowsExe());
  } else {
    writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron: not a real runtime" >&2\nexit 1\n');
    chmodSync(join(dir, 'electron'), 0o755);
  }
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  for (const locale of STAND_IN_LOCALES) writeFileSync(join(dir, 'locales', locale), 'stand-in\n');
  return dir;
}

/**
 * Runs the electron-builder CLI in a child process from the project root with electron-builder.yml,
 * plus `-c.key=value` overrides. Never publishes. Answers its exit status and everything it printed.
 */
export function runElectronBuilder(args, { config } = {}) {
  const cli = require.resolve('electron-builder/cli.js');
  const result = spawnSync(process.execPath, [cli, ...(config ? ['--config', config] : []), ...args, '--publish', 'never'], {
    cwd: projectRoot,
    encoding: 'utf8',
    // No update checks, no colours in the captured log.
    env: { ...process.env, FORCE_COLOR: '0', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** The production bundles of the main process and preloads (what the package ships). */
export function buildElectronBundles() {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build-electron.mjs'), '--production'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build-electron failed:\n${result.stdout}${result.stderr}`);
}

/**
 * `electron-builder --linux dir` (or `--win dir`, `--mac dir`) into `workDir/out`, with the stand-in Electron in
 * `workDir/electron`, for this machine's architecture: its better-sqlite3 binary can be loaded
 * here. Answers where the unpacked app is, with the builder's exit status and log.
 */
export function buildStandInPackage(workDir, { config, platform = 'linux' } = {}) {
  const electronDist = makeStandInElectron(join(workDir, 'electron'), platform);
  const output = join(workDir, 'out');
  rmSync(output, { recursive: true, force: true }); // nothing left over from an earlier run
  const run = runElectronBuilder(
    [`--${platform}`, 'dir', `--${process.arch}`, `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { config },
  );
  const folder = platform === 'mac' ? 'mac' : `${platform}-unpacked`; // electron-builder's names
  const unpacked = process.arch === 'x64' ? folder : folder.replace(platform, `${platform}-${process.arch}`);
  return { ...run, appOutDir: join(output, unpacked) };
}
