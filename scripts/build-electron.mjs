// Bundles the Electron main process, the processes it starts and the two preloads into dist/electron/*.cjs.
// The preloads run under `sandbox: true`, where require() knows only 'electron': they are bundled
// whole. The Node bundles (main, and each process main starts: the engine's utility process, …) leave
// out electron (provided by the runtime) and the native modules, loaded from node_modules /
// app.asar.unpacked (electron-builder.yml): better-sqlite3, and the Skia canvas pdf.js draws the blank
// papers on (@napi-rs/canvas: pdf.js requires it by name at run time, so the app's own import must be
// the same module). sharp's JavaScript is inlined; it requires its @img/* binary package by name.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'electron');
const production = process.argv.includes('--production');
rmSync(outdir, { recursive: true, force: true }); // no stale bundle or source map from an earlier build

/**
 * Every bundle that runs with Node's require: dist/electron/<name>.cjs from its source. A process
 * main starts (utilityProcess.fork, a worker thread) is one more line here, found by main under
 * this name beside main.cjs.
 */
const nodeEntries = {
  main: 'main/electron/main.ts',
  // The engine's utility process (main/electron/engine-process.ts starts it): SQLite runs here, not in main.
  engine: 'main/electron/engine-child.ts',
  // The engine's worker threads (exports, …): main/workers/job-entry.ts finds it beside the bundle.
  'job-worker': 'main/workers/job-worker.ts',
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45 ships Node 22
  outExtension: { '.js': '.cjs' },
  outdir,
  sourcemap: !production, // .map files beside the bundles, for the developer tools
  minify: production,
  logLevel: 'warning', // esbuild warns if import.meta creeps in: it means nothing in CommonJS
};

/**
 * ws (the hall network's event stream) tries the optional native helpers bufferutil and
 * utf-8-validate inside a try/catch and falls back to its own JavaScript. They are not shipped: each
 * becomes a module that throws when required, so ws takes its fallback and the bundle requires
 * nothing the package lacks.
 */
const notShipped = {
  name: 'not-shipped',
  setup(b) {
    b.onResolve({ filter: /^(bufferutil|utf-8-validate)$/ }, (args) => ({ path: args.path, namespace: 'not-shipped' }));
    b.onLoad({ filter: /.*/, namespace: 'not-shipped' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not shipped`)});`,
      loader: 'js',
    }));
  },
};

const nodeBundle = {
  ...common,
  external: ['electron', 'better-sqlite3', '@napi-rs/canvas'],
  plugins: [notShipped],
  // ESM libraries (pdfkit) compute paths from import.meta.url at load time; in a CommonJS bundle it
  // would be undefined and `new URL(…, undefined)` throws before the app starts. It becomes the
  // bundle's own URL (found by tests/integration/packaging running the packaged main).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

const built = await Promise.all([
  ...Object.entries(nodeEntries).map(([name, source]) => build({ ...nodeBundle, entryPoints: { [name]: join(root, source) } })),
  build({
    ...common,
    entryPoints: {
      'preload-operator': join(root, 'main/electron/preload-operator.ts'),
      'preload-projector': join(root, 'main/electron/preload-projector.ts'),
    },
    external: ['electron'],
  }),
]).then(
  () => true,
  () => false, // esbuild has already printed the errors
);
if (!built) process.exit(1);
console.log(`Electron: ${Object.keys(nodeEntries).join(' + ')} + preloads → ${outdir}`);
