import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineProxy, EngineStatus } from '../../main/engine-process/engine-proxy';
import type { EngineChild } from '../../main/engine-process/protocol';

const root = join(import.meta.dirname, '..', '..');
/** A hook's time to start (or end) a real engine process under tsx: seconds on a loaded machine. */
export const ENGINE_START_MS = 30_000;

/** The engine process's entry as a Node child (main/engine-process/node-child.ts). */
export const NODE_ENGINE_ENTRY = join(root, 'main/engine-process/node-child.ts');

/** A real Node process running `entry` under tsx, its IPC cloning structured data as Electron's ports do. */
export function forkEngineProcess(entry = NODE_ENGINE_ENTRY, args: string[] = []): ChildProcess {
  return fork(entry, args, { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** The proxy's view of a forked process. */
export function engineChildOf(child: ChildProcess): EngineChild {
  return {
    postMessage: (message) => void (child.connected && child.send(message)),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => {
      if (child.exitCode !== null || child.signalCode !== null) listener(child.exitCode);
      else child.once('exit', (code) => listener(code));
    },
    kill: () => void child.kill(),
  };
}

/** Ends a process and waits until it has gone (its file lock with it). */
export async function killAndWait(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await gone;
}

/** The next status of that kind the proxy says (a process lost, restored, stopped). */
export function nextStatus(p: EngineProxy, kind: EngineStatus['kind']): Promise<EngineStatus> {
  return new Promise<EngineStatus>((resolve) => {
    const off = p.onStatus((s) => {
      if (s.kind !== kind) return;
      off();
      resolve(s);
    });
  });
}

/** After a test: its proxy closed, every engine process it forked gone, its folder removed. */
export async function endEngineProcesses(proxy: EngineProxy | null, children: readonly ChildProcess[], dir: string): Promise<void> {
  await proxy?.close();
  for (const child of children) await killAndWait(child);
  rmSync(dir, { recursive: true, force: true });
}
