import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, matchesGlob } from 'node:path';
import { load } from 'js-yaml';
import { projectRoot, runElectronBuilder } from '../../../scripts/stand-in-package.mjs';
import { CONGRESS_EXTENSION } from '../../../main/engine/workspace';

/**
 * electron-builder.yml says what the installers must be (issue: per-user NSIS in Vietnamese and
 * English with a desktop shortcut, a portable .exe, AppImage + .deb, .dmg, .congress opens the app),
 * its icons are real, and electron-builder's own schema check runs on it. That the real file passes
 * the check is shown by linux-dir.test.ts, which builds with it.
 */

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  publish: unknown;
  files: string[];
  directories: { buildResources: string };
  fileAssociations: { ext: string; icon: string; mimeType: string }[];
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown>;
  linux: { icon: string; target: Target[]; executableName: string };
  mac: { icon: string; target: Target[] };
}

const configText = readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8');
const config = load(configText) as BuilderConfig;
const icons = join(projectRoot, config.directories.buildResources);

describe('electron-builder.yml', () => {
  it('names the app as package.json does and never publishes or updates', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { productName: string };
    expect(config.appId).toBe('vn.congressdesk.app');
    expect(config.productName).toBe(pkg.productName);
    expect(config.publish).toBeNull();
    expect(configText).not.toMatch(/electron-updater|autoUpdate/i);
  });

  it('builds the installers of the issue on each platform', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      createDesktopShortcut: 'always',
      installerLanguages: ['vi_VN', 'en_US'],
      multiLanguageInstaller: true,
    });
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('picks, for each platform and architecture it builds, exactly that one better-sqlite3 binary', () => {
    // electron-builder expands ${os} (win, linux, mac) and ${arch} in `files`, then globs.
    const patterns = config.files.filter((f) => f.includes('better-sqlite3/prebuilds/'));
    expect(patterns.length).toBeGreaterThan(0);
    const prebuilds = readdirSync(join(projectRoot, 'node_modules/better-sqlite3/prebuilds')).map(
      (f) => `node_modules/better-sqlite3/prebuilds/${f}`,
    );
    const builds: [string, string, Target[]][] = [
      ['win', 'win32', config.win.target],
      ['linux', 'linux', config.linux.target],
      ['mac', 'darwin', config.mac.target],
    ];
    for (const [os, platform, targets] of builds) {
      for (const arch of new Set(targets.flatMap((t) => t.arch))) {
        const expanded = patterns.map((p) => p.replaceAll('${os}', os).replaceAll('${arch}', arch));
        const picked = prebuilds.filter((f) => expanded.some((p) => matchesGlob(f, p)));
        expect(picked, `${os} ${arch}`).toEqual([`node_modules/better-sqlite3/prebuilds/${platform}-${arch}.node`]);
      }
    }
  });

  it('associates the app’s own congress file extension', () => {
    expect(config.fileAssociations).toHaveLength(1);
    expect(`.${config.fileAssociations[0]!.ext}`).toBe(CONGRESS_EXTENSION);
    expect(config.fileAssociations[0]!.mimeType).toMatch(/^application\/x-/); // Linux .desktop MimeType
    const icon = config.fileAssociations[0]!.icon;
    expect(existsSync(join(icons, `${icon}.ico`)) && existsSync(join(icons, `${icon}.icns`))).toBe(true);
    // Not the app's own icon name: electron-builder copies both into the .app and races on one name.
    expect(icon).not.toBe(basename(config.mac.icon, '.icns'));
  });

  it('has icons for every platform: PNGs 16–1024 for Linux, an .ico with 16–256, an .icns with 16–1024', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(icons, config.linux.icon, `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]); // IHDR width, height
    }
    const ico = readFileSync(join(icons, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = readFileSync(join(icons, config.mac.icon));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'));
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('is checked against electron-builder’s schema: a wrong Windows setting stops even a Linux build', () => {
    const work = mkdtempSync(join(tmpdir(), 'congress-builder-config-'));
    try {
      const broken = join(work, 'electron-builder.yml');
      const text = configText.replace('  perMachine: false', '  perMachine: maybe');
      expect(text).not.toBe(configText);
      writeFileSync(broken, text);
      const out = join(work, 'out');
      const run = runElectronBuilder(['--linux', 'dir', `-c.directories.output=${out}`, `-c.electronDist=${work}`], { config: broken });
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/Invalid configuration object/);
      expect(run.output).toMatch(/configuration\.nsis\.perMachine should be a boolean/);
      expect(existsSync(out)).toBe(false); // refused before packaging anything
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
