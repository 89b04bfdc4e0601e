import { parseArgs } from 'node:util';

export const OPTIONS = {
  json: { type: 'boolean' },
  name: { type: 'string' },
  session: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'only-valid': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export type Parsed = ReturnType<typeof parse>;

export function sessionOption(values: Parsed['values']): number | undefined {
  if (values.session === undefined) return undefined;
  const id = Number(values.session);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`--session cần một số phiên (số nguyên dương), nhận «${values.session}»`);
  return id;
}
