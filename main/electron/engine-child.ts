// Entry point of the engine's utility process (bundled to dist/electron/engine.cjs by
// scripts/build-electron.mjs, started by engine-process.ts). The engine itself knows no Electron:
// it is handed the parent port, whose messages arrive as MessageEvents, and the hall gateway
// (engine-hall.ts) is attached to it here.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveEngine } from '../engine-process/entry';
import { hallGatewayHook, rendererDir } from './engine-hall';

// The app's root is two folders up both from the bundle (dist/electron/engine.cjs, whose
// import.meta.url the build defines) and from this source file (main/electron/).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const parent = process.parentPort;
serveEngine(
  {
    postMessage: (message) => parent.postMessage(message),
    on: (_event, listener) => void parent.on('message', (event: { data: unknown }) => listener(event.data)),
  },
  { onEngine: hallGatewayHook(rendererDir(root)) },
);
