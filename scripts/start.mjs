// `npm start`: the desktop app when this machine has the Electron binary, else the same app in a
// browser through the local host (the binary is downloaded on first use, which needs internet).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';

/**
 * The Electron executable, or null. Computed the way `require('electron')` does it, but without
 * its side effect: on a missing binary that require starts a download, which on a closed network
 * only hangs and fails.
 */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Runs a step to completion, stopping `npm start` if it fails. */
function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Runs the app until it ends; its exit code becomes ours. On POSIX it gets a process group of its
 * own and a stop signal goes to the whole group: `npm run serve` is npm → sh → tsx → node, and a
 * signal to npm alone would leave the server running with its port taken.
 */
function run(command, args, env = process.env, shell = windows) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env, shell, detached: !windows });
  const stop = (signal) => {
    try {
      if (windows) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * The folder the user typed `npm start` in (npm moved us into the project's): the same rule as
 * main/cli/paths.ts, repeated here because this script runs before any TypeScript can.
 */
function userDir() {
  const init = process.env.INIT_CWD;
  const npmDir = process.env.npm_package_json ? dirname(process.env.npm_package_json) : null;
  return init && isAbsolute(init) && (npmDir === null || resolve(npmDir) === process.cwd()) ? init : process.cwd();
}

/**
 * What the user typed, handed on with its paths made absolute from their folder: the app runs in
 * the project's folder, and `npm run serve` would overwrite INIT_CWD (so CONGRESS_DESK_CWD carries it).
 */
const here = userDir();
const typed = process.argv.slice(2);
const args = typed.map((a) => (a.startsWith('-') ? a : resolve(here, a)));
const childEnv = { ...process.env, CONGRESS_DESK_CWD: here };
if (childEnv.CONGRESS_DESK_HOME) childEnv.CONGRESS_DESK_HOME = resolve(here, childEnv.CONGRESS_DESK_HOME);

const npm = windows ? 'npm.cmd' : 'npm';
/** The environment Electron starts in: without ELECTRON_RUN_AS_NODE (set by some shells, VS Code tasks), which would start Node instead. */
function electronEnv() {
  const env = { ...childEnv };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
const electron = electronBinary();
if (typed.some((a) => a === '--station' || a.startsWith('--station='))) {
  // Station mode (docs/hall-network.md «Chế độ trạm»): this device works for the main laptop. Its
  // arguments are a link, an address and a code, not paths, so they go as typed, and with no shell:
  // a QR link's «&» and «#» would mean something to one.
  step(npm, ['run', 'build:renderer']);
  if (electron) {
    // The desktop app runs the pinning relay itself and opens its own window on it (main/electron/station-mode.ts).
    step(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]);
    run(electron, [root, ...typed], electronEnv(), false);
  } else {
    // The relay under tsx (Node itself with its loader) serves the device's page on this machine's
    // loopback, for a browser here.
    run(process.execPath, ['--import', 'tsx', join(root, 'main', 'host', 'station-serve.ts'), ...typed], childEnv, false);
  }
} else if (electron) {
  step(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]);
  step(npm, ['run', 'build:renderer']);
  run(electron, [root, ...args], electronEnv());
} else {
  console.log(
    [
      'Không có Electron trên máy này (cần internet để tải lần đầu) — mở bằng trình duyệt:',
      'Electron is not available on this machine (its first download needs internet) — opening in a browser instead:',
    ].join('\n'),
  );
  run(npm, ['run', 'serve', ...(args.length ? ['--', ...args] : [])], childEnv);
}
