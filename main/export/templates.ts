/**
 * Wording that varies between organisations lives in resources/templates/*.json; a site may point the
 * document settings at its own copy (templateDir). A key missing from the copy falls back to the
 * bundled wording, so an old copy keeps working after an update adds keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { resourcesDir } from './resources';

export type Template = (key: string, vars?: Record<string, string | number>) => string;

function readJson(path: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw AppError.of('EXPORT_TEMPLATE_INVALID', 'export.templateUnreadable', { path, detail: (error as Error).message });
  }
}

export function loadTemplate(name: string, userDir: string | null): Template {
  const bundled = readJson(join(resourcesDir(), 'templates', `${name}.json`));
  const userPath = userDir ? join(userDir, `${name}.json`) : null;
  const own = userPath && existsSync(userPath) ? readJson(userPath) : {};
  const words: Record<string, string> = { ...bundled };
  for (const [k, v] of Object.entries(own)) if (typeof v === 'string' && v.trim() !== '') words[k] = v;
  return (key, vars = {}) => {
    const text = words[key];
    if (text === undefined) throw new Error(`template ${name}: no key "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, v: string) => (v in vars ? String(vars[v]) : whole));
  };
}
