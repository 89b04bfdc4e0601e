// Runs the *packaged* job worker (dist/electron/job-worker.cjs as extracted from app.asar) in plain Node,
// as the engine starts it (main/workers/job-runner.ts): one scan job, which prints the ballot's blank
// papers again, renders them (pdf.js on @napi-rs/canvas) and decodes and reads the scans (sharp).
// Usage: node packaged-scan-runner.mjs <extracted app dir> <job input JSON file>
// The input is a ScanJobInput (main/workers/scan-job.ts) whose files are given by path.
// Prints one JSON line: the job's messages (the blank sheets it rendered counted, not printed: megabytes
// of masks), and the native libraries this process loaded (Linux).
import console from 'node:console';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { Worker } from 'node:worker_threads';

const [appDir, inputFile] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputFile, 'utf8'));
const worker = new Worker(join(appDir, 'dist', 'electron', 'job-worker.cjs'), { workerData: { kind: 'scan', input } });
const messages = [];
/**
 * Every shared object mapped into this process, worker threads included: where the .node files came from.
 * Read at every message: a worker that has ended may have unloaded its addons (SQLite) by the time the
 * last message, a large one, arrives.
 */
const natives = new Set();
const mapped = () => {
  const maps = existsSync('/proc/self/maps') ? readFileSync('/proc/self/maps', 'utf8') : '';
  for (const line of maps.split('\n').filter((l) => l.includes('/'))) {
    const path = line.slice(line.indexOf('/')).trim();
    if (/\.node$|libvips/.test(path)) natives.add(path);
  }
};
await new Promise((resolve, reject) => {
  worker.on('message', (message) => {
    mapped();
    const rendered = message.output?.rendered;
    if (rendered) message.output.rendered = rendered.length;
    messages.push(message);
    if (message.type !== 'progress') resolve();
  });
  worker.once('error', reject);
  worker.once('exit', resolve);
});
mapped();
await worker.terminate();
console.log(JSON.stringify({ messages, natives: [...natives] }));
