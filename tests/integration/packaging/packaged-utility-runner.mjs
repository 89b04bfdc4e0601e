// Plays Electron's utility process for the *packaged* engine bundle (dist/electron/engine.cjs as
// extracted from app.asar), in plain Node: process.parentPort over Node's IPC channel, its messages
// wrapped as the MessageEvents Electron hands over. Started by packaged-main-runner.mjs's utilityProcess.
// Usage: node packaged-utility-runner.mjs <module path>
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import process from 'node:process';

const [modulePath] = process.argv.slice(2);
const port = Object.assign(new EventEmitter(), { postMessage: (message) => process.send(message) });
process.on('message', (data) => port.emit('message', { data, ports: [] }));
process.on('disconnect', () => process.exit(0)); // main went away: do not hold the congress file
Object.defineProperty(process, 'parentPort', { value: port });
createRequire(modulePath)(modulePath);
