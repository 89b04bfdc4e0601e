// Entry point of the engine's utility process (bundled to dist/electron/engine.cjs by
// scripts/build-electron.mjs, started by engine-process.ts). The engine itself knows no Electron:
// it is handed the parent port, whose messages arrive as MessageEvents.
import { serveEngine } from '../engine-process/entry';

const parent = process.parentPort;
serveEngine({
  postMessage: (message) => parent.postMessage(message),
  on: (_event, listener) => void parent.on('message', (event: { data: unknown }) => listener(event.data)),
});
