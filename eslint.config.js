import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/*
 * docs/boundaries.md: the boundaries, by allow-list. Whatever is not listed is refused,
 * so a new folder or a new package is a decision taken here, not a habit picked up by accident.
 *
 * main/ is layered; a folder may import its own layer and the layers below, never one above:
 *   0 store   main/db, main/files, main/app-version, main/import (readers of files: shared/ only)
 *   1 domain  main/services, main/demo
 *   2 files   main/export, main/workers, main/backup (documents, archives and copies built from the domain)
 *   3 engine  main/engine (commands, one open congress file)
 *   4 process main/engine-process (the engine in its own process)
 *   5 hosts   main/host, main/cli, main/electron (the only ones that face a user or a network)
 * Only main/electron imports `electron`. Fenced folders (scanning, the hall network) import only what
 * they list and are imported only by the engine and the hosts.
 */
const ROOT = path.dirname(fileURLToPath(import.meta.url));

const MAIN_LAYERS = [
  ['main/db', 'main/files', 'main/app-version', 'main/import'],
  ['main/services', 'main/demo'],
  ['main/export', 'main/workers', 'main/backup'],
  ['main/engine'],
  ['main/engine-process'],
  ['main/host', 'main/cli', 'main/electron'],
];

const FENCED = {
  // the worker threads read scans (main/workers/scan-job.ts): image work never runs on the engine's thread
  'main/scan': { may: ['shared', 'main/db', 'main/files', 'main/services'], by: ['main/engine', 'main/host', 'main/workers'] },
  'main/network': { may: ['shared', 'main/db', 'main/files', 'main/services'], by: ['main/engine', 'main/host'] },
};

/** Packages by exact specifier; shared/ runs in a window, a worker and Node alike. */
const SHARED_PACKAGES = ['zod', 'i18next'];
const RENDERER_PACKAGES = [
  'zod',
  'react',
  'react-dom',
  'react-dom/client',
  'zustand',
  '@tanstack/react-virtual',
  'i18next',
  'react-i18next',
  // pure JavaScript, draws the hall network's pairing code as SVG in the window
  'qrcode',
];
/** Data a main folder may read at build time: agenda templates, the version. */
const MAIN_DATA = ['resources', 'package.json'];

const NODE_BUILTINS = new Set(builtinModules);
const isBuiltin = (spec) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);

/** 'main/engine', 'main/app-version', 'shared', 'renderer', or the first folder of anything else. */
function zoneOf(absolute) {
  const parts = path.relative(ROOT, absolute).split(path.sep);
  if (parts[0] !== 'main') return parts[0];
  return parts.length > 2 ? `main/${parts[1]}` : `main/${parts[1].replace(/\.tsx?$/, '')}`;
}

const layerOf = (zone) => MAIN_LAYERS.findIndex((layer) => layer.includes(zone));

/** Why `from` may not import `to` (two zones), or null when it may. */
function refusal(from, to) {
  if (from === to) return null;
  if (FENCED[to]) return FENCED[to].by.includes(from) ? null : `${to} is fenced: only ${FENCED[to].by.join(', ')} may import it`;
  if (to === 'shared') return null;
  if (from === 'shared') return 'shared/ imports only shared/ and its listed packages';
  if (from === 'renderer') return 'a window imports only renderer/ and shared/: go through the contract';
  if (FENCED[from]) return FENCED[from].may.includes(to) ? null : `${from} is fenced: it may import only ${FENCED[from].may.join(', ')}`;
  if (!from.startsWith('main/')) return null;
  if (MAIN_DATA.includes(to)) return null;
  const own = layerOf(from);
  const theirs = layerOf(to);
  if (own < 0) return `${from} is in no layer: add it to MAIN_LAYERS in eslint.config.js`;
  if (theirs < 0) return `${to} is in no layer of main/`;
  return theirs > own ? `${from} (layer ${own}) may not import ${to} (layer ${theirs})` : null;
}

function packageRefusal(zone, spec) {
  if (zone === 'shared')
    return SHARED_PACKAGES.includes(spec)
      ? null
      : isBuiltin(spec)
        ? 'shared/ runs anywhere: no Node built-ins'
        : `'${spec}' is not listed for shared/`;
  if (zone === 'renderer')
    return RENDERER_PACKAGES.includes(spec)
      ? null
      : isBuiltin(spec)
        ? 'the renderer never touches Node'
        : `'${spec}' is not listed for the renderer`;
  if ((spec === 'electron' || spec.startsWith('electron/')) && zone !== 'main/electron') return 'only main/electron imports electron';
  return null;
}

const boundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      refused: '{{why}} (eslint.config.js, docs/boundaries.md).',
      dynamic: 'No dynamic import() in {{zone}}/: every dependency is declared up front.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = zoneOf(file);
    if (!['main', 'shared', 'renderer'].includes(from.split('/')[0])) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      const why = spec.startsWith('.') ? refusal(from, zoneOf(path.resolve(path.dirname(file), spec))) : packageRefusal(from, spec);
      if (why) context.report({ node, messageId: 'refused', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression(node) {
        if (from === 'shared' || from === 'renderer') context.report({ node, messageId: 'dynamic', data: { zone: from } });
        else check(node, node.source.type === 'Literal' ? node.source : null);
      },
    };
  },
};

const NOT_IN_A_WINDOW = ['Buffer', 'process', 'global', 'require', '__dirname', '__filename'].map((name) => ({
  name,
  message: 'Node only: shared/ and renderer/ run in a window too (docs/boundaries.md).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { desk: { rules: { boundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'desk/boundaries': 'error' },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...NOT_IN_A_WINDOW] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only a React Compiler concern (TanStack Virtual is not memoisable); we don't use the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
