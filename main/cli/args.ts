import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/result';

export const OPTIONS = {
  json: { type: 'boolean' },
  name: { type: 'string' },
  session: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'only-valid': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  // ballot
  title: { type: 'string' },
  'seats-approved': { type: 'string' },
  seats: { type: 'string' },
  candidates: { type: 'string' },
  preset: { type: 'string' },
  base: { type: 'string' },
  'all-struck': { type: 'string' },
  tie: { type: 'string' },
  present: { type: 'string' },
  passes: { type: 'string' },
  pass: { type: 'string' },
  issued: { type: 'string' },
  // vote
  question: { type: 'string' },
  rule: { type: 'string' },
  step: { type: 'string' },
  for: { type: 'string' },
  against: { type: 'string' },
  abstain: { type: 'string' },
  // agenda
  replace: { type: 'boolean' },
  // export
  ballot: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'per-page': { type: 'string' },
  'missing-only': { type: 'boolean' },
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

/** A whole-number option within bounds; undefined when absent. */
export function intOption(values: Parsed['values'], name: keyof Parsed['values'], min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${name} cần một số nguyên từ ${min} đến ${max}, nhận «${String(raw)}»`);
  }
  return n;
}

/** One of the allowed words; undefined when absent. */
export function choiceOption<T extends string>(values: Parsed['values'], name: keyof Parsed['values'], allowed: readonly T[]): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new Error(`--${name} chỉ nhận: ${allowed.join(', ')}; nhận «${String(raw)}»`);
  }
  return raw as T;
}

export type Out = (line: string) => void;

/** The id positional of `ballot show 3`, `vote record 2`…; `what` names it in the message. */
export function idArgument(text: string | undefined, what: string): number {
  const id = Number(text);
  if (!text || !Number.isInteger(id) || id <= 0) throw new Error(`Cần số của ${what} (số nguyên dương), nhận «${text ?? ''}»`);
  return id;
}

/** A refusal (AppError) is a message with exit code 1, not a crash; anything else is a bug and is rethrown. */
export function refusal(error: unknown, json: boolean | undefined, out: Out): number {
  if (!(error instanceof AppError)) throw error;
  out(json ? JSON.stringify({ error: error.code, message: error.message }) : `Lỗi: ${error.message}`);
  return 1;
}
