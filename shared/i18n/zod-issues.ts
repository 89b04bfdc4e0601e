import { z } from 'zod';
import type { SharedKey } from './vi';
import { type Locale, type MessageParams, t } from './translator';

/**
 * A zod issue as it crosses the contract (INVALID_INPUT details): where, zod's issue code and its
 * parameters — no prose and no input values — so each side renders it in the operator's language.
 */
export interface InputIssue {
  path: (string | number)[];
  code: string;
  origin?: string;
  expected?: string;
  minimum?: number;
  maximum?: number;
  keys?: string[];
  /** zod's own English message, for codes this catalog has no words for. */
  fallback?: string;
}

export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as Record<string, unknown>;
    const out: InputIssue = { path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: issue.code };
    for (const name of ['origin', 'expected'] as const) if (typeof raw[name] === 'string') out[name] = raw[name];
    for (const name of ['minimum', 'maximum'] as const) {
      const value = raw[name];
      if (typeof value === 'number' || typeof value === 'bigint') out[name] = Number(value);
    }
    if (Array.isArray(raw.keys)) out.keys = raw.keys.map(String);
    out.fallback = issue.message;
    return out;
  });
}

const SIZED = new Set(['string', 'number', 'array']);
const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array']);

function typeName(locale: Locale, type: string): string {
  return TYPES.has(type) ? t(locale, `input.type.${type}` as SharedKey) : t(locale, 'input.type.other', { type });
}

function issueMessage(locale: Locale, issue: InputIssue): string {
  const sized = issue.origin && SIZED.has(issue.origin) ? issue.origin : undefined;
  const params: MessageParams = {};
  if (issue.minimum !== undefined) params.minimum = issue.minimum;
  if (issue.maximum !== undefined) params.maximum = issue.maximum;
  switch (issue.code) {
    case 'invalid_type':
      return t(locale, 'input.invalidType', { expected: typeName(locale, issue.expected ?? '?') });
    case 'too_small':
      if (sized) return t(locale, `input.tooSmall.${sized}` as SharedKey, params);
      break;
    case 'too_big':
      if (sized) return t(locale, `input.tooBig.${sized}` as SharedKey, params);
      break;
    case 'invalid_value':
      return t(locale, 'input.invalidValue');
    case 'unrecognized_keys':
      return t(locale, 'input.unrecognizedKeys', { keys: (issue.keys ?? []).join(', ') });
  }
  const zodLocale = locale === 'vi' ? z.locales.vi() : z.locales.en();
  const rendered = zodLocale.localeError?.(issue as never);
  const text = typeof rendered === 'string' ? rendered : rendered?.message;
  return text ?? issue.fallback ?? issue.code;
}

/** One issue, as the operator reads it: "name: cần ít nhất 2 ký tự". */
export function renderIssue(locale: Locale, issue: InputIssue): string {
  const message = issueMessage(locale, issue);
  return issue.path.length === 0
    ? t(locale, 'input.issueAtRoot', { message })
    : t(locale, 'input.issue', { path: issue.path.join('.'), message });
}
