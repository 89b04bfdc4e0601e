/**
 * Where the job worker's entry file is, the one way for every way the code runs: bundled (the
 * Electron app: this code is inside dist/electron/*.cjs, and the worker is job-worker.cjs beside it,
 * see scripts/build-electron.mjs), or from sources (tsx for `npm run serve` / `npm run cli`, vitest):
 * job-worker.ts beside this file, started with tsx's loader so the thread reads TypeScript too.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface JobEntry {
  file: string;
  execArgv: string[];
}

function hereUrl(): string {
  // The bundles define import.meta.url as the bundle's own URL (scripts/build-electron.mjs).
  return import.meta.url;
}

export function jobWorkerEntry(url: string = hereUrl()): JobEntry {
  const here = fileURLToPath(url);
  if (/\.[cm]?js$/.test(here)) return { file: join(dirname(here), 'job-worker.cjs'), execArgv: [] };
  return { file: join(dirname(here), 'job-worker.ts'), execArgv: ['--import', 'tsx'] };
}
