// `npm run size`: how big the packages are (what goes on the USB stick) and how much they take once
// installed (the unpacked app folder), with the app's own share: app.asar and app.asar.unpacked.
// Reads what `npm run dist` left in out/. Without a build there (no internet for Electron here), or
// with `--stand-in`, it packages the app against a stand-in Electron and reports the app's share
// only: Electron's runtime (~250 MB unpacked) is then not counted.  `--json` for a machine.
import { existsSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildElectronBundles, buildStandInPackage, projectRoot } from './stand-in-package.mjs';

const INSTALLERS = /\.(AppImage|deb|exe|dmg|zip|snap|rpm)$/;

/** Bytes in a file or a whole folder (links counted as themselves, not followed). */
function sizeOf(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** The unpacked app folders electron-builder writes: linux-unpacked, win-unpacked, mac/*.app, … */
function unpackedApps(outDir) {
  const apps = [];
  for (const name of readdirSync(outDir)) {
    const dir = join(outDir, name);
    if (!lstatSync(dir).isDirectory()) continue;
    if (name.endsWith('-unpacked')) apps.push({ name, dir, resources: join(dir, 'resources') });
    for (const inner of readdirSync(dir).filter((n) => n.endsWith('.app'))) {
      apps.push({ name: `${name}/${inner}`, dir: join(dir, inner), resources: join(dir, inner, 'Contents', 'Resources') });
    }
  }
  return apps;
}

function appReport({ name, dir, resources }) {
  const asar = join(resources, 'app.asar');
  const unpacked = `${asar}.unpacked`;
  const app = { asar: existsSync(asar) ? sizeOf(asar) : 0, unpacked: existsSync(unpacked) ? sizeOf(unpacked) : 0 };
  const installed = sizeOf(dir);
  return { name, installed, asar: app.asar, asarUnpacked: app.unpacked, electronRuntime: installed - app.asar - app.unpacked };
}

function report(outDir, standIn) {
  const apps = unpackedApps(outDir).map(appReport);
  const packages = readdirSync(outDir)
    .filter((n) => INSTALLERS.test(n))
    .map((n) => ({ name: n, size: sizeOf(join(outDir, n)) }));
  return { outDir, standIn, apps, packages };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function print({ outDir, standIn, apps, packages }) {
  console.log(`Kích thước gói / Package sizes — ${outDir}`);
  if (standIn) {
    console.log("(Electron giả lập: chỉ tính phần của ứng dụng / stand-in Electron: the app's share only, no Electron runtime)");
  }
  for (const a of apps) {
    console.log(`\n${a.name}`);
    console.log(`  cài đặt / installed (whole folder)  ${mb(a.installed)}`);
    console.log(`  app.asar                            ${mb(a.asar)}`);
    console.log(`  app.asar.unpacked (better-sqlite3)  ${mb(a.asarUnpacked)}`);
    if (!standIn) console.log(`  Electron runtime                    ${mb(a.electronRuntime)}`);
  }
  if (packages.length > 0) {
    console.log('\nGói cài đặt / installers (what goes on the USB stick)');
    for (const p of packages) console.log(`  ${p.name.padEnd(44)} ${mb(p.size)}`);
  }
}

const json = process.argv.includes('--json');
const outDir = join(projectRoot, 'out');
const built = existsSync(outDir) && unpackedApps(outDir).length > 0;
let result;
if (built && !process.argv.includes('--stand-in')) {
  result = report(outDir, false);
} else {
  if (!existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    console.error('Chưa có dist/renderer: chạy `npm run build:renderer` trước. / Run `npm run build:renderer` first.');
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'congress-size-'));
  try {
    buildElectronBundles();
    const run = buildStandInPackage(work);
    if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.output}`);
    result = report(join(work, 'out'), true);
    result.outDir = `${basename(run.appOutDir)} (stand-in build)`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
if (json) console.log(JSON.stringify(result, null, 2));
else print(result);
