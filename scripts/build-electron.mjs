// Bundles the Electron main process and the two preloads into dist/electron/*.cjs.
// The preloads run under `sandbox: true`, where require() knows only 'electron': they are bundled
// whole. The main bundle leaves out electron (provided by the runtime) and better-sqlite3 (a native
// module, loaded from node_modules / app.asar.unpacked).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'electron');
const production = process.argv.includes('--production');
rmSync(outdir, { recursive: true, force: true }); // no stale bundle or source map from an earlier build

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

const built = await Promise.all([
  build({
    ...common,
    entryPoints: { main: join(root, 'main/electron/main.ts') },
    external: ['electron', 'better-sqlite3'],
    // ESM libraries (pdfkit) compute paths from import.meta.url at load time; in a CommonJS bundle it
    // would be undefined and `new URL(…, undefined)` throws before the app starts. It becomes the
    // bundle's own URL (found by tests/integration/packaging running the packaged main).
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  }),
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
console.log(`Electron: main + preloads → ${outdir}`);
