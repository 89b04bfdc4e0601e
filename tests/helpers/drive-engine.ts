import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface DrivenAnswer {
  ok: boolean;
  code: string | null;
  value: unknown;
}

export interface DrivenEngine {
  call(channel: string, input: unknown): Promise<DrivenAnswer>;
  /** Resolves when the child reports that the open file was taken away under it. */
  fileLost: Promise<void>;
  kill(): Promise<void>;
}

/** The real engine in a second process (tests/helpers/engine-driver.ts), holding `file` open. */
export async function driveEngine(file: string, workspace: string): Promise<DrivenEngine> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/helpers/engine-driver.ts'), file, workspace], {
    stdio: ['pipe', 'pipe', 'inherit'],
    cwd: root,
  });
  const waiting = new Map<number, (a: DrivenAnswer) => void>();
  let lost: () => void = () => undefined;
  const fileLost = new Promise<void>((r) => (lost = r));
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`engine-driver exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = JSON.parse(line) as { ready?: boolean; event?: string; id?: number } & DrivenAnswer;
      if (m.ready) resolve();
      else if (m.event === 'congress:fileLost') lost();
      else if (m.id !== undefined) waiting.get(m.id)?.(m);
    });
  });
  await ready;
  let next = 1;
  return {
    call(channel, input) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.stdin!.write(`${JSON.stringify({ id, channel, input })}\n`);
      });
    },
    fileLost,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** Tries to open `file` from a fresh process, as `cli info` would: 'opened' or the refusal's code. */
export function openFromAnotherProcess(file: string): Promise<string> {
  const script = `import { openCongressDb } from ${JSON.stringify(join(root, 'main/db/connection.ts'))};
try { openCongressDb(process.argv[1], { create: false }).close(); console.log('opened'); }
catch (e) { console.log(e.code ?? e.message); }`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim()));
  });
}
