import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { builtinModules } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { extractAll, extractFile, statFile } from '@electron/asar';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { buildElectronBundles, buildStandInPackage, projectRoot } from '../../../scripts/stand-in-package.mjs';
import { Engine } from '../../../main/engine/engine';
import { SCHEMA_VERSION } from '../../../main/db/migrations/index';
import { DIALOG_CHANNELS } from '../../../main/electron/ipc-channels';
import { fingerprintOf, makeCertificate } from '../../../main/network/certificate';
import { COMMAND_NAMES } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import type { AppState } from '../../../shared/contract/types';
import { steppingClock, tempEngine } from '../../helpers/temp-engine';
import { congressFor } from '../exports/export-setup';
import { freePort } from '../network/campaign/laptop-process';
import { printPapers, scanBallot, scanJpeg } from '../scan/scan-setup';
import { expectedFiles, filesUnder, packagedFiles, unpackedFiles } from './expected-files';

/**
 * The real `electron-builder --linux dir` (and `--win dir`, below) on electron-builder.yml, against a stand-in Electron folder
 * (no download here): what ends up in the asar, what beside it, whether the native module loads from
 * where the packaged app will load it, and whether the packaged main process starts, opens files and
 * exports documents from the package's files alone. Seconds, not minutes, and no network.
 */

let work: string;
let app: string;
let asar: string;

beforeAll(() => {
  // `npm test` has built the renderer; the main bundles are built here, as `npm run dist` does —
  // once, for both packages (a second build in a parallel file would delete them under the first).
  if (!existsSync(join(projectRoot, 'dist/renderer/index.html'))) {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: projectRoot,
    });
  }
  buildElectronBundles();
  work = mkdtempSync(join(tmpdir(), 'congress-pkg-'));
  const run = buildStandInPackage(join(work, 'linux'));
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.output}`);
  app = run.appOutDir;
  asar = join(app, 'resources', 'app.asar');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the Linux dir package', () => {
  it('holds exactly the expected files in its asar, nothing from sources, tests or tooling', () => {
    const files = packagedFiles(asar);
    expect(files).toEqual(expectedFiles('linux'));
    // Spelled out, so a glob that matched nothing on disk cannot make both lists empty together.
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/renderer/index.html',
        'dist/renderer/projector.html',
        'resources/fonts/LiberationSerif-Regular.ttf',
        'node_modules/better-sqlite3/lib/index.js',
        `node_modules/@img/sharp-linux-${process.arch}/package.json`,
        'node_modules/@napi-rs/canvas/index.js',
        'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf',
      ]),
    );
    expect(files.filter((f) => /\.(ts|tsx|map)$|^(tests|main|shared|renderer|scripts|src)\//.test(f))).toEqual([]);
  });

  it('ships package.json without scripts or devDependencies, with the right entry point and version', () => {
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'congress-desk', productName: 'Congress Desk', main: 'dist/electron/main.cjs' });
    const source = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(source.version);
    expect(manifest).not.toHaveProperty('scripts');
    expect(manifest).not.toHaveProperty('devDependencies');
  });

  it('keeps the native modules outside the asar (better-sqlite3, sharp’s @img packages, the canvas): every file marked unpacked, present beside it', () => {
    const unpackedRoot = `${asar}.unpacked`;
    const onDisk = filesUnder(relative(projectRoot, unpackedRoot)).map((f) => relative(relative(projectRoot, unpackedRoot), f));
    const native = unpackedFiles('linux');
    expect(onDisk.sort()).toEqual(native);
    for (const f of native) expect(statFile(asar, f), f).toMatchObject({ unpacked: true });
    // Every binary of the package, and only the target's: SQLite, sharp with its libvips, Skia.
    const arch = process.arch;
    expect(packagedFiles(asar).filter((f) => /\.node$|\.so(\.\d+)*$/.test(f))).toEqual([
      `node_modules/@img/sharp-libvips-linux-${arch}/lib/libvips-cpp.so.8.18.7`,
      `node_modules/@img/sharp-linux-${arch}/lib/sharp-linux-${arch}-0.35.5.node`,
      `node_modules/@napi-rs/canvas-linux-${arch}-gnu/skia.linux-${arch}-gnu.node`,
      `node_modules/better-sqlite3/prebuilds/linux-${arch}.node`,
    ]);
    expect(statFile(asar, 'dist/electron/main.cjs')).not.toMatchObject({ unpacked: true });
    expect(statFile(asar, 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf')).not.toMatchObject({ unpacked: true });
  });

  it('the unpacked better-sqlite3 loads in a fresh Node and opens a database', () => {
    const entry = join(`${asar}.unpacked`, 'node_modules', 'better-sqlite3');
    const script = [
      `const Database = require(${JSON.stringify(entry)});`,
      "const db = new Database(':memory:');",
      "db.exec('CREATE TABLE t (x TEXT)');",
      "db.prepare('INSERT INTO t VALUES (?)').run('Đại hội');",
      "console.log(JSON.stringify({ row: db.prepare('SELECT x FROM t').get(), sqlite: db.prepare('SELECT sqlite_version() AS v').get().v,",
      "  from: Object.keys(require.cache).find((p) => p.endsWith('.node')) }));",
    ].join('\n');
    // cwd outside the project: nothing can fall back on the project's own node_modules
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: work, encoding: 'utf8' })) as {
      row: { x: string };
      sqlite: string;
      from: string;
    };
    expect(out.row).toEqual({ x: 'Đại hội' });
    expect(out.sqlite).toMatch(/^3\.\d+\.\d+$/);
    expect(out.from).toBe(join(entry, 'prebuilds', `linux-${process.arch}.node`));
  });

  it('its bundles need nothing the package lacks: Node built-ins, Electron, better-sqlite3 (the engine’s process and its workers), the canvas (the workers); the sandboxed preloads only Electron', () => {
    const required = (file: string) =>
      new Set(
        [
          ...extractFile(asar, file)
            .toString('utf8')
            .matchAll(/\brequire\("([^"]+)"\)/g),
        ].map((m) => m[1]!),
      );
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const main = required('dist/electron/main.cjs');
    expect(main).not.toContain('better-sqlite3'); // SQLite runs in the engine's utility process, never in main
    expect([...main].filter((m) => !builtins.has(m) && m !== 'electron')).toEqual([]);
    const engine = required('dist/electron/engine.cjs');
    expect(engine).toContain('better-sqlite3');
    expect([...engine].filter((m) => !builtins.has(m) && m !== 'better-sqlite3')).toEqual([]); // not even Electron
    // The job worker (exports, scans): SQLite, the canvas pdf.js draws on, and sharp's binaries, which its
    // inlined loader requires by name (@img/sharp-libvips-dev is its build-from-source lookup, never reached).
    const worker = [...required('dist/electron/job-worker.cjs')].filter((m) => !builtins.has(m));
    expect(worker.filter((m) => !/^@img\/sharp-libvips-dev(\/|$)/.test(m)).sort()).toEqual(['@napi-rs/canvas', 'better-sqlite3']);
    for (const preload of ['dist/electron/preload-operator.cjs', 'dist/electron/preload-projector.cjs']) {
      expect([...required(preload)]).toEqual(['electron']);
    }
  });

  describe('its main process, run from the package’s files alone (Electron stood in)', () => {
    interface Run {
      windows: { url: string; preload: string }[];
      channels: string[];
      answers: Result<AppState>[];
      failures: string[];
    }
    let extracted: string;
    beforeAll(() => {
      extracted = join(work, 'extracted');
      extractAll(asar, extracted); // unpacked files included, as Electron's asar support shows them
    });

    const runner = join(projectRoot, 'tests/integration/packaging/packaged-main-runner.mjs');
    const lastLine = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!) as unknown;

    function runPackagedMain(documents: string, extraArgs: string[] = [], more: [string, unknown][] = []): Run {
      const commands = JSON.stringify([['app:state', {}], ...more]);
      const out = execFileSync(process.execPath, [runner, extracted, documents, commands, ...extraArgs], { cwd: work, encoding: 'utf8' });
      return lastLine(out) as Run;
    }

    it('starts on the demo congress, loads its pages and preloads from the package, answers app:state with both versions', () => {
      const documents = mkdtempSync(join(work, 'docs-'));
      const run = runPackagedMain(documents);
      expect(run.failures).toEqual([]);
      expect(run.windows.map((w) => fileURLToPath(w.url))).toEqual([
        join(extracted, 'dist/renderer/index.html'),
        join(extracted, 'dist/renderer/projector.html'),
      ]);
      for (const w of run.windows) {
        expect(existsSync(fileURLToPath(w.url)), w.url).toBe(true);
        expect(existsSync(w.preload), w.preload).toBe(true);
      }
      expect(run.channels.sort()).toEqual([...COMMAND_NAMES, ...DIALOG_CHANNELS].sort());
      const state = run.answers[0]!;
      expect(state.ok).toBe(true);
      const source = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
      expect(state.ok && state.value).toMatchObject({
        appVersion: source.version,
        schemaVersion: SCHEMA_VERSION,
        congress: { path: join(documents, 'CongressDesk', 'demo.congress'), schemaVersion: SCHEMA_VERSION },
      });
    });

    it('exports documents with the packaged fonts and templates, the app and schema versions in their metadata', () => {
      const documents = mkdtempSync(join(work, 'docs-'));
      const out = mkdtempSync(join(work, 'exports-'));
      const run = runPackagedMain(
        documents,
        [],
        [
          ['exports:run', { what: 'attendance', format: 'pdf', out }],
          ['exports:run', { what: 'credentials', format: 'docx', out }],
        ],
      );
      expect(run.failures).toEqual([]);
      const [pdf, docx] = run.answers.slice(1) as unknown as Result<{ files: { path: string }[] }>[];
      expect(pdf).toMatchObject({ ok: true });
      expect(docx).toMatchObject({ ok: true });
      const pdfBytes = readFileSync(pdf!.ok ? pdf!.value.files[0]!.path : '');
      expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
      expect(pdfBytes.toString('latin1')).toContain(`Congress Desk ${version}`); // Keywords: the app …
      expect(pdfBytes.toString('latin1')).toContain(`schema ${SCHEMA_VERSION}`); // … and the congress file's schema
      expect(pdfBytes.toString('latin1')).toMatch(/\/FontFile2/); // the packaged TrueType font, embedded
      expect(
        readFileSync(docx!.ok ? docx!.value.files[0]!.path : '')
          .subarray(0, 2)
          .toString('latin1'),
      ).toBe('PK');
    });

    it('opens the .congress file it is started with (a double-click), not the demo', () => {
      const documents = mkdtempSync(join(work, 'docs-'));
      const engine = new Engine({ workspaceDir: join(work, 'other'), rememberRecent: false });
      const file = engine.create('Đại hội nhấp đúp', join(work, 'Đại hội nhấp đúp.congress')).path;
      engine.close();
      const run = runPackagedMain(documents, [file]);
      expect(run.failures).toEqual([]);
      expect(run.answers[0]).toMatchObject({ ok: true, value: { congress: { path: file, settings: { name: 'Đại hội nhấp đúp' } } } });
    });

    it('as a station (`--station <address> --code … --port …`): the packaged relay serves the package’s page on that port, takes pairing to the laptop over the pinned link, and closes with the window', async () => {
      interface StationRun extends Run {
        lockedIn: string;
        visit: { page: { status: number; type: string; body: string }; pair: { status: number; body: unknown } };
        refusedAfterClose: boolean;
      }
      const documents = mkdtempSync(join(work, 'docs-'));
      // The laptop: a TLS server with its own certificate, which the station must pin (no box: the pin is given).
      const { key, cert } = makeCertificate();
      const asked: { method?: string; url?: string; body: unknown }[] = [];
      const pending = { ok: true, value: { status: 'pending' } };
      const laptop = createServer({ key, cert }, (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          asked.push({ method: req.method, url: req.url, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
          res.writeHead(202, { 'Content-Type': 'application/json' }).end(JSON.stringify(pending));
        });
      });
      await new Promise<void>((r) => laptop.listen(0, '127.0.0.1', r));
      const port = await freePort('127.0.0.1');
      try {
        const args = ['--station', `127.0.0.1:${(laptop.address() as AddressInfo).port}`, '--code', 'ABCD-EFGH'];
        args.push('--fingerprint', fingerprintOf(cert), '--port', String(port));
        // not execFileSync: the laptop answers from this process
        const { stdout } = await promisify(execFile)(process.execPath, [runner, extracted, documents, '[]', ...args], {
          cwd: work,
          encoding: 'utf8',
          timeout: 60_000,
        });
        const run = lastLine(stdout) as StationRun;
        expect(run.failures).toEqual([]);
        expect(run.windows).toHaveLength(1); // no operator window, no projector
        const url = new URL(run.windows[0]!.url);
        expect([url.origin, url.pathname, url.hash]).toEqual([`http://127.0.0.1:${port}`, '/station', '#code=ABCD-EFGH']);
        expect(run.windows[0]!.preload).toBeUndefined();
        expect(run.channels).toEqual([]); // no engine behind it
        expect(run.visit.page).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/) as unknown });
        expect(run.visit.page.body).toBe(readFileSync(join(extracted, 'dist/renderer/index.html'), 'utf8'));
        expect(asked).toEqual([{ method: 'POST', url: '/pair', body: { code: 'ABCD-EFGH', name: 'Bàn cửa A' } }]);
        expect(run.visit.pair).toEqual({ status: 202, body: pending });
        expect(run.refusedAfterClose).toBe(true);
        // its own Electron data folder (so its own lock), the laptop kept in the user's workspace
        expect(run.lockedIn).toBe(`${documents} Station`);
        expect(existsSync(join(documents, 'CongressDesk', 'hall-station', 'station.json'))).toBe(true);
      } finally {
        await new Promise((r) => laptop.close(r));
      }
    }, 60_000);

    it('reads a scan in its job worker with the packaged image libraries alone: pdf.js renders the blank, sharp decodes the JPEG', async () => {
      // The papers and a voter's scan, made from sources; the reading, by the package's files only.
      const t = tempEngine(steppingClock());
      try {
        await congressFor(t, 8, 8);
        const ballotId = await scanBallot(t);
        const printed = await printPapers(t, ballotId, 'papers');
        const scan = join(t.dir, 'to-1.jpg');
        writeFileSync(scan, await scanJpeg(t, printed, { 1: 'strike', 4: 'strike' }, 5));
        const congressPath = t.file('c.congress');
        t.engine.close();
        const snapshotPath = join(t.dir, 'snapshot.congress');
        copyFileSync(congressPath, snapshotPath);
        const input = join(t.dir, 'job.json');
        writeFileSync(
          input,
          JSON.stringify({
            files: [{ name: 'to-1.jpg', path: scan }],
            congressPath,
            blanks: { ballotId, snapshotPath, now: new Date().toISOString() },
          }),
        );
        const runner = join(projectRoot, 'tests/integration/packaging/packaged-scan-runner.mjs');
        // No PATH: no system program (poppler's pdftoppm) can be what renders.
        const out = execFileSync(process.execPath, [runner, extracted, input], { cwd: work, encoding: 'utf8', env: { PATH: '' } });
        const { messages, natives } = JSON.parse(out.trim().split('\n').at(-1)!) as {
          messages: {
            type: string;
            output?: { pages: { file: string; reading?: { kind: string; rows?: { decision: string }[] } }[]; rendered: number };
          }[];
          natives: string[];
        };
        const done = messages.at(-1)!;
        // the blanks of every form the hall may print: one paper to a page, two, four
        expect(done).toMatchObject({ type: 'done', output: { pages: [{ file: 'to-1.jpg', reading: { kind: 'read' } }], rendered: 3 } });
        const rows = done.output!.pages[0]!.reading!.rows!;
        expect(rows.flatMap((r, i) => (r.decision === 'struck' ? [i] : []))).toEqual([1, 4]);
        // sharp with its libvips, Skia, SQLite: each loaded from the package, none from the project.
        const arch = process.arch;
        expect(natives.map((f) => relative(extracted, f)).sort()).toEqual([
          `node_modules/@img/sharp-libvips-linux-${arch}/lib/libvips-cpp.so.8.18.7`,
          `node_modules/@img/sharp-linux-${arch}/lib/sharp-linux-${arch}-0.35.5.node`,
          `node_modules/@napi-rs/canvas-linux-${arch}-gnu/skia.linux-${arch}-gnu.node`,
          `node_modules/better-sqlite3/prebuilds/linux-${arch}.node`,
        ]);
      } finally {
        rmSync(t.dir, { recursive: true, force: true });
      }
    }, 60_000);
  });

  it('renames Electron to the app, keeps Chromium locales for Vietnamese and English only, no source maps', () => {
    expect(statSync(join(app, 'congress-desk')).mode & 0o111).not.toBe(0);
    expect(existsSync(join(app, 'electron'))).toBe(false);
    expect(readdirSync(join(app, 'locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
    expect(readdirSync(join(app, 'resources')).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });
});

/**
 * The Windows `dir` package, built here on Linux as `npm run dist:win` would before NSIS wraps it:
 * the Windows binary of better-sqlite3 and no other (the build machine's own must not slip in), and
 * the executable stamped with the app's name, version and icon. The stand-in electron.exe is an
 * empty PE image, so the resource editing is electron-builder's real code on a real file format.
 */
describe('the Windows dir package (built on Linux)', () => {
  let winApp: string;
  beforeAll(() => {
    const run = buildStandInPackage(join(work, 'win'), { platform: 'win' });
    if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.output}`);
    winApp = run.appOutDir;
  }, 120_000);

  it('holds the same files as the Linux one but the Windows better-sqlite3 binary', () => {
    const files = packagedFiles(join(winApp, 'resources', 'app.asar'));
    expect(files).toEqual(expectedFiles('win32'));
    expect(files.filter((f) => f.endsWith('.node'))).toEqual([`node_modules/better-sqlite3/prebuilds/win32-${process.arch}.node`]);
  });

  it('names the executable after the app and stamps its version and icon', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const exe = NtExecutable.from(readFileSync(join(winApp, 'Congress Desk.exe')));
    const resources = NtExecutableResource.from(exe);
    const [info] = Resource.VersionInfo.fromEntries(resources.entries);
    const lang = info!.getAllLanguagesForStringValues()[0]!;
    expect(info!.getStringValues(lang)).toMatchObject({ ProductName: 'Congress Desk', FileVersion: version });
    const groups = Resource.IconGroupEntry.fromEntries(resources.entries);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.icons.map((i) => i.width || 256)).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('keeps Chromium locales for Vietnamese and English only', () => {
    expect(readdirSync(join(winApp, 'locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
    expect(existsSync(join(winApp, 'electron.exe'))).toBe(false);
  });
});

/**
 * The macOS app folder (what the .dmg wraps), built here on Linux against a stand-in Electron.app:
 * the macOS better-sqlite3 binary, the .congress document type in Info.plist so Finder opens the
 * file with the app, the bundle id and version, the icon. (Signing is skipped off a Mac.)
 */
describe('the macOS app (built on Linux)', () => {
  let contents: string;
  beforeAll(() => {
    const run = buildStandInPackage(join(work, 'mac'), { platform: 'mac' });
    if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.output}`);
    contents = join(run.appOutDir, 'Congress Desk.app', 'Contents');
  }, 120_000);

  it('holds the same files as the Linux one but the macOS better-sqlite3 binary', () => {
    expect(packagedFiles(join(contents, 'Resources', 'app.asar'))).toEqual(expectedFiles('darwin'));
  });

  it('declares the .congress document type and its icon, the bundle id, the version and the app icon in Info.plist', () => {
    const plist = readFileSync(join(contents, 'Info.plist'), 'utf8');
    const value = (key: string) => new RegExp(`<key>${key}</key>\\s*<string>([^<]*)</string>`).exec(plist)?.[1];
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(value('CFBundleIdentifier')).toBe('vn.congressdesk.app');
    expect(value('CFBundleShortVersionString')).toBe(version);
    expect(value('CFBundleDisplayName')).toBe('Congress Desk');
    expect(plist).toMatch(/<key>CFBundleTypeExtensions<\/key>\s*<array>\s*<string>congress<\/string>\s*<\/array>/);
    expect(readFileSync(join(contents, 'Resources', value('CFBundleIconFile')!))).toEqual(
      readFileSync(join(projectRoot, 'resources/icons/icon.icns')),
    );
    // a .congress file shows as a document with the app's mark, not as the app itself
    expect(value('CFBundleTypeIconFile')).toBe('file.icns');
    expect(readFileSync(join(contents, 'Resources', 'file.icns'))).toEqual(readFileSync(join(projectRoot, 'resources/icons/file.icns')));
  });

  it('keeps Vietnamese and English .lproj only', () => {
    expect(
      readdirSync(join(contents, 'Resources'))
        .filter((f) => f.endsWith('.lproj'))
        .sort(),
    ).toEqual(['en.lproj', 'vi.lproj']);
  });
});
