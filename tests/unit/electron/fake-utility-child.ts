// Plays Electron's utility process for main/electron/engine-child.ts in a real Node child process:
// `process.parentPort` over Node's IPC channel, its messages wrapped in MessageEvent-like objects
// as Electron hands them. Started by fake-electron.ts's utilityProcess.fork.
import { EventEmitter } from 'node:events';

const port = Object.assign(new EventEmitter(), { postMessage: (message: unknown) => void process.send?.(message) });
process.on('message', (data) => port.emit('message', { data, ports: [] }));
process.on('disconnect', () => process.exit(0)); // the test runner went away: do not hold a congress file
Object.defineProperty(process, 'parentPort', { value: port });
await import('../../../main/electron/engine-child');
