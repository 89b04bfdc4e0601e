import { parseArgs } from 'node:util';
import { AppError, type AppErrorData } from '../../shared/contract/result';
import { type ListRowProblem, type Locale, LOCALES, t } from '../../shared/i18n/translator';
import { renderMessage, rowProblemText } from '../../shared/i18n/messages';
import { exitCodeOf, usageError, UsageError } from './exit-codes';

export const OPTIONS = {
  json: { type: 'boolean' },
  name: { type: 'string' },
  session: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'only-valid': { type: 'boolean' },
  update: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  /** The language refusals are worded in (every command): vi, the default, or en. */
  lang: { type: 'string' },
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
  // ballot scan: a folder watched as the scanner fills it (main/cli/scan-commands.ts)
  watch: { type: 'boolean' },
  idle: { type: 'string' },
  issued: { type: 'string' },
  // ballot review: the board's decisions on a scanned paper, one item at a time (review-commands.ts)
  set: { type: 'string', multiple: true },
  invalid: { type: 'string' },
  valid: { type: 'string' },
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
  // congress set: the congress's details and the documents' letterhead and signers
  term: { type: 'string' },
  level: { type: 'string' },
  venue: { type: 'string' },
  date: { type: 'string' },
  'end-date': { type: 'string' },
  theme: { type: 'string' },
  organiser: { type: 'string' },
  quorum: { type: 'string' },
  'parent-organisation': { type: 'string' },
  organisation: { type: 'string' },
  place: { type: 'string' },
  'presidium-signer': { type: 'string' },
  'counting-chair': { type: 'string' },
  'counting-member': { type: 'string', multiple: true },
  'credentials-chair': { type: 'string' },
  secretary: { type: 'string' },
  'template-dir': { type: 'string' },
  // verify: the audit code printed in the minutes
  head: { type: 'string' },
  overwrite: { type: 'boolean' },
} as const;

function parseStrict(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** The command line, or a usage error naming the option that is unknown or lacks its value. */
export function parse(argv: string[]): ReturnType<typeof parseStrict> {
  try {
    return parseStrict(argv);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    const flag = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(`Tùy chọn không rõ: ${flag}.`, `Unknown option ${flag}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usageError(`Tùy chọn ${flag} cần một giá trị, hoặc không nhận giá trị.`, `Option ${flag} needs a value, or takes none.`);
    }
    throw usageError(`Không hiểu dòng lệnh: ${(error as Error).message}`, `Cannot read the command line: ${(error as Error).message}`);
  }
}

export type Parsed = ReturnType<typeof parse>;

export function sessionOption(values: Parsed['values']): number | undefined {
  if (values.session === undefined) return undefined;
  const id = Number(values.session);
  if (!Number.isInteger(id) || id <= 0) {
    throw new UsageError(
      `--session cần một số phiên (số nguyên dương), nhận «${values.session}»\n--session needs a session id (a positive whole number), got "${values.session}"`,
    );
  }
  return id;
}

/** A whole-number option within bounds; undefined when absent. */
export function intOption(values: Parsed['values'], name: keyof Parsed['values'], min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} cần một số nguyên từ ${min} đến ${max}, nhận «${String(raw)}»\n--${name} needs a whole number from ${min} to ${max}, got "${String(raw)}"`,
    );
  }
  return n;
}

/** One of the allowed words; undefined when absent. */
export function choiceOption<T extends string>(
  values: Parsed['values'],
  name: keyof Parsed['values'],
  allowed: readonly T[],
): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(
      `--${name} chỉ nhận: ${allowed.join(', ')}; nhận «${String(raw)}»\n--${name} takes only: ${allowed.join(', ')}; got "${String(raw)}"`,
    );
  }
  return raw as T;
}

export type Out = (line: string) => void;

const WHAT_EN: Record<string, string> = { 'cuộc bầu': 'ballot', 'biểu quyết': 'vote' };

/** The id positional of `ballot show 3`, `vote record 2`…; `what` names it in the message. */
export function idArgument(text: string | undefined, what: string): number {
  const id = Number(text);
  if (!text || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(
      `Cần số của ${what} (số nguyên dương), nhận «${text ?? ''}»\nNeeds the id of the ${WHAT_EN[what] ?? what} (a positive whole number), got "${text ?? ''}"`,
    );
  }
  return id;
}

/** The options every command takes that say how it answers. */
export type AnswerOptions = Pick<Parsed['values'], 'json' | 'lang'>;

/** The language refusals are worded in: `--lang en`, else Vietnamese (a wrong value is a usage error). */
export function cliLocale(values: Pick<Parsed['values'], 'lang'>): Locale {
  return choiceOption(values as Parsed['values'], 'lang', LOCALES) ?? 'vi';
}

/** A refusal as the CLI prints it, in its language: from the key, with the rows or problems it lists. */
export function refusalText(error: AppError | AppErrorData, values: Pick<Parsed['values'], 'lang'>): string {
  return renderMessage(cliLocale(values), error instanceof AppError ? error.toData() : error);
}

/** The bad cells of a roster file as JSON prints them: each with its words, in the CLI's language. */
export function wordedRows(errors: readonly ListRowProblem[], values: Pick<Parsed['values'], 'lang'>) {
  return errors.map((e) => ({ ...e, message: rowProblemText(cliLocale(values), e) }));
}

/** "Lỗi: …" / "Error: …", the line a refusal is printed as without --json. */
export function errorLine(text: string, values: Pick<Parsed['values'], 'lang'>): string {
  return t(cliLocale(values), 'cli.refused', { text });
}

/**
 * A refusal (AppError) is a message and its exit code (exit-codes.ts), not a crash; a usage error
 * or a bug is rethrown, for the entry point to print.
 */
export function refusal(error: unknown, values: AnswerOptions, out: Out): number {
  if (!(error instanceof AppError)) throw error;
  const message = refusalText(error, values);
  out(values.json ? JSON.stringify({ error: error.code, message }) : errorLine(message, values));
  return exitCodeOf(error);
}
