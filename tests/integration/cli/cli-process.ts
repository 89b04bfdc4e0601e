import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The project's folder: where npm runs its scripts, never where these tests stand. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run cli -- …` typed in `cwd`, a folder outside the project, the way a technician at the hall
 * reaches it (`npm --prefix <project> run …`): a real npm, a real child process, real exit code.
 */
export function npmCli(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync('npm', ['--prefix', ROOT, 'run', '--silent', 'cli', '--', ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder outside the project for each test, removed after. */
export function useFolder(prefix: string, onDir: (dir: string) => void): void {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    onDir(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
}

const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface Served {
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number>;
  output(): { stdout: string; stderr: string };
  /** Resolves once the operator address is printed (rejects if the process ends first). */
  ready: Promise<{ port: number; operatorUrl: string }>;
  /** Resolves once stdout holds `text` (rejects if the process ends first). */
  printed(text: string): Promise<void>;
}

/** `npm run serve`'s program (serve.ts, without the renderer build) started in `cwd`: its pid is the server's. */
export function serve(cwd: string, env: NodeJS.ProcessEnv): Served {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'main', 'host', 'serve.ts')], {
    cwd,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : -1))));
  const seen = <T>(find: () => T | undefined): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const look = () => {
        const found = find();
        if (found !== undefined) resolve(found);
      };
      look();
      child.stdout.on('data', look);
      void exited.then((code) => reject(new Error(`serve ended (${code}) before printing what was awaited:\n${stdout}\n${stderr}`)));
    });
  const ready = seen(() => {
    const m = /Màn điều hành \/ operator:\s+(http:\/\/127\.0\.0\.1:(\d+)\/\S+)/.exec(stdout);
    return m ? { port: Number(m[2]), operatorUrl: m[1]! } : undefined;
  });
  ready.catch(() => {}); // a test that expects a refusal never awaits it
  const printed = (text: string) => seen(() => (stdout.includes(text) ? true : undefined)).then(() => {});
  return { child, exited, output: () => ({ stdout, stderr }), ready, printed };
}
