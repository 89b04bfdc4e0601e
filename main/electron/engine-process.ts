import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { EngineChild } from '../engine-process/protocol';

/** The engine's bundle beside main.cjs, inside the asar once packaged (utility processes read it there). */
export function engineModulePath(root: string): string {
  return join(root, 'dist', 'electron', 'engine.cjs');
}

/**
 * Starts the engine in an Electron utility process: a Node process of its own, so SQLite never
 * blocks the menus or the windows' IPC, and the congress file's lock ends with it if it dies.
 */
export function spawnEngineProcess(modulePath: string): EngineChild {
  // No `cwd`: the module may sit inside app.asar, which the OS cannot make a process's working folder.
  const child = utilityProcess.fork(modulePath, [], { serviceName: 'Congress Desk engine', stdio: 'inherit' });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.once('exit', listener),
    kill: () => void child.kill(),
  };
}
