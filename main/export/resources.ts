/**
 * Where the bundled resources (fonts, document templates) are: beside the app when packaged
 * (process.resourcesPath/resources), the repository's resources/ in development and tests.
 * CONGRESS_DESK_RESOURCES overrides both (a site that keeps its own copy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function here(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd(); // bundled as CommonJS
  }
}

let cached: string | null = null;

export function resourcesDir(): string {
  if (cached) return cached;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.CONGRESS_DESK_RESOURCES,
    packaged && join(packaged, 'resources'),
    ...[0, 1, 2, 3].map((up) => resolve(here(), ...Array<string>(up).fill('..'), 'resources')),
    resolve(process.cwd(), 'resources'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(join(p, 'fonts', 'LiberationSerif-Regular.ttf')));
  if (!found) throw new Error(`resources/ not found (looked in ${candidates.join(', ')})`);
  cached = found;
  return found;
}

/** Liberation Serif (SIL OFL), metric-compatible with Times New Roman, with every Vietnamese glyph. */
export const FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;
export type FontFace = keyof typeof FONT_FILES;

export function fontPath(face: FontFace): string {
  return join(resourcesDir(), 'fonts', FONT_FILES[face]);
}

const fontBytes = new Map<FontFace, Buffer>();

/**
 * The font file's bytes, read once. PDFs get the bytes rather than the path: pdfkit's browser build
 * (which some bundlers and the jsdom tests pick) reads no files.
 */
export function fontData(face: FontFace): Buffer {
  let data = fontBytes.get(face);
  if (!data) fontBytes.set(face, (data = readFileSync(fontPath(face))));
  return data;
}
