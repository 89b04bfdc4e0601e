/**
 * The engine process as a Node child process (child_process.fork with an IPC channel and
 * `serialization: 'advanced'`, the structured clone Electron's ports use): how tests run the same
 * entry as the desktop app's utility process, in a real process on a real file.
 */
import { serveEngine } from './entry';
import type { FromEngine } from './protocol';

if (!process.send) throw new Error('node-child.ts must be started with an IPC channel (child_process.fork)');

serveEngine({
  postMessage: (message: FromEngine) => void process.send!(message),
  on: (_event, listener) => void process.on('message', listener),
});

// Main went away without a shutdown: end too, rather than hold the congress file's lock as an orphan.
process.on('disconnect', () => process.exit(0));
