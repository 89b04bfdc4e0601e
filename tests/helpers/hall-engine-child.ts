/**
 * The engine process as the desktop app runs it (main/electron/engine-child.ts): the same entry and
 * the same hall gateway hook (main/electron/engine-hall.ts), over a Node child's IPC channel as
 * main/engine-process/node-child.ts does. argv[2]: the pages' folder (the app's is dist/renderer).
 */
import { hallGatewayHook } from '../../main/electron/engine-hall';
import { serveEngine } from '../../main/engine-process/entry';
import type { FromEngine } from '../../main/engine-process/protocol';

serveEngine(
  {
    postMessage: (message: FromEngine) => void process.send!(message),
    on: (_event, listener) => void process.on('message', listener),
  },
  { onEngine: hallGatewayHook(process.argv[2]!) },
);
process.on('disconnect', () => process.exit(0));
