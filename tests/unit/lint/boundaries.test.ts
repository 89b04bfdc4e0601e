/**
 * Probes for the allow-lists in eslint.config.js: a forbidden snippet placed at a real path must be
 * refused by the named rule, and an allowed one must lint clean, so loosening a list shows up here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const refused: Array<[string, string, string, string]> = [
  [
    'shared/ importing a Node built-in',
    'shared/domain/probe.ts',
    "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    'desk/boundaries',
  ],
  [
    'shared/ importing a bare built-in',
    'shared/contract/probe.ts',
    "import path from 'path';\nexport const p = path;\n",
    'desk/boundaries',
  ],
  [
    'shared/ importing an unlisted package',
    'shared/domain/probe.ts',
    "import JSZip from 'jszip';\nexport const z = JSZip;\n",
    'desk/boundaries',
  ],
  [
    'shared/ importing main/',
    'shared/domain/probe.ts',
    "import { openCongressDb } from '../../main/db/connection';\nexport const o = openCongressDb;\n",
    'desk/boundaries',
  ],
  ['shared/ with a dynamic import()', 'shared/domain/probe.ts', "export const later = () => import('./ballot');\n", 'desk/boundaries'],
  ['shared/ reading process', 'shared/domain/probe.ts', 'export const env = process.env.HOME;\n', 'no-restricted-globals'],
  [
    'the renderer importing pdfkit',
    'renderer/features/exports/probe.ts',
    "import PDFDocument from 'pdfkit';\nexport const d = PDFDocument;\n",
    'desk/boundaries',
  ],
  [
    'the renderer importing electron/main',
    'renderer/app/probe.ts',
    "import { app } from 'electron/main';\nexport const a = app;\n",
    'desk/boundaries',
  ],
  [
    'the renderer importing react-dom/server',
    'renderer/app/probe.ts',
    "import { renderToString } from 'react-dom/server';\nexport const r = renderToString;\n",
    'desk/boundaries',
  ],
  [
    'the renderer importing main/',
    'renderer/features/roster/probe.ts',
    "import type { DB } from '../../../main/db/db';\nexport type D = DB;\n",
    'desk/boundaries',
  ],
  ['the renderer using Buffer', 'renderer/features/checkin/probe.ts', "export const bytes = Buffer.from('a');\n", 'no-restricted-globals'],
  ['the renderer with a dynamic import()', 'renderer/app/probe.tsx', "export const later = () => import('./app');\n", 'desk/boundaries'],
  [
    'main/db importing main/electron',
    'main/db/probe.ts',
    "import { registerIpc } from '../electron/ipc';\nexport const r = registerIpc;\n",
    'desk/boundaries',
  ],
  [
    'main/services importing main/engine',
    'main/services/probe.ts',
    "import type { Engine } from '../engine/engine';\nexport type E = Engine;\n",
    'desk/boundaries',
  ],
  ['main/engine importing main/host', 'main/engine/probe.ts', "export * from '../host/serve';\n", 'desk/boundaries'],
  ['main/engine importing electron', 'main/engine/probe.ts', "import { app } from 'electron';\nexport const a = app;\n", 'desk/boundaries'],
  [
    'main/engine-process importing electron',
    'main/engine-process/probe.ts',
    "import { utilityProcess } from 'electron';\nexport const u = utilityProcess;\n",
    'desk/boundaries',
  ],
  [
    'main/scan importing the engine',
    'main/scan/probe.ts',
    "import type { Engine } from '../engine/engine';\nexport type E = Engine;\n",
    'desk/boundaries',
  ],
  [
    'main/network importing export',
    'main/network/probe.ts',
    "import { runExport } from '../export/export-service';\nexport const r = runExport;\n",
    'desk/boundaries',
  ],
  [
    'main/services importing the fenced scan folder',
    'main/services/probe.ts',
    "import { scan } from '../scan/reader';\nexport const s = scan;\n",
    'desk/boundaries',
  ],
  [
    'a folder in no layer',
    'main/gadgets/probe.ts',
    "import { APP_VERSION } from '../app-version';\nexport const v = APP_VERSION;\n",
    'desk/boundaries',
  ],
];

const allowed: Array<[string, string, string]> = [
  [
    'shared/ importing zod and shared/',
    'shared/domain/probe.ts',
    "import { z } from 'zod';\nimport { AppError } from '../contract/result';\nexport const s = z.string();\nexport const e = AppError;\n",
  ],
  ['shared/ importing i18next', 'shared/i18n/probe.ts', "import i18next from 'i18next';\nexport const i = i18next;\n"],
  [
    'the renderer importing react-dom/client and shared/',
    'renderer/app/probe.tsx',
    "import { createRoot } from 'react-dom/client';\nimport type { AppState } from '../../shared/contract/types';\nexport const c = createRoot;\nexport type S = AppState;\n",
  ],
  ['main/services importing main/db', 'main/services/probe.ts', "import type { DB } from '../db/db';\nexport type D = DB;\n"],
  [
    'main/electron importing electron and the engine',
    'main/electron/probe.ts',
    "import { app } from 'electron';\nimport type { Engine } from '../engine/engine';\nexport const a = app;\nexport type E = Engine;\n",
  ],
  [
    'main/engine importing the fenced network folder',
    'main/engine/probe.ts',
    "import { hall } from '../network/hall';\nexport const h = hall;\n",
  ],
  [
    'main/scan importing services and shared/',
    'main/scan/probe.ts',
    "import type { CongressContext } from '../services/context';\nimport { AppError } from '../../shared/contract/result';\nexport type C = CongressContext;\nexport const e = AppError;\n",
  ],
];

describe('the boundaries refuse', () => {
  it.each(refused)('%s', async (_what, filePath, code, rule) => {
    expect(await rulesFor(filePath, code)).toContain(rule);
  });
});

describe('the boundaries let through', () => {
  it.each(allowed)('%s', async (_what, filePath, code) => {
    expect(await rulesFor(filePath, code)).toEqual([]);
  });
});
