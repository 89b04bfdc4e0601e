/**
 * A message as it crossed the contract, worded in one language: its key with its parameters, then
 * what its details list (a count's problems, a batch's or a list file's bad rows, a form's input
 * issues), each from its own key. Apart from translator.ts so it may use the zod issue words.
 */
import { type KeyedProblem, type ListRowProblem, type Locale, type MessageParams, type RowProblem, isSharedKey, t } from './translator';
import { type InputIssue, renderIssue } from './zod-issues';

/** "Ngày sinh (cột E)", or "Cột E" for a column without a header. */
export function listColumnText(locale: Locale, column: ListRowProblem['column']): string {
  return column.header ? t(locale, 'listRow.column', column) : t(locale, 'listRow.columnLetter', column);
}

/** "Dòng 7: …" for a papers row, "Dòng 7, Ngày sinh (cột E): …" for a cell of a list file. */
export function rowProblemText(locale: Locale, problem: RowProblem | ListRowProblem): string {
  const params = { ...problem.params, row: String(problem.row), problem: problem.key };
  // a papers row may name its column by number; a list file's cell carries its header and letter
  const column = (problem as Partial<ListRowProblem>).column;
  if (typeof column !== 'object' || column === null) return t(locale, 'paper.batchRow', params);
  return t(locale, 'listRow.inCell', { ...params, column: listColumnText(locale, column) });
}

function isKeyed(item: unknown): item is KeyedProblem {
  const key = (item as { key?: unknown } | null)?.key;
  return typeof key === 'string' && isSharedKey(key);
}

/** A message lists this many rows at most; the window's table and the CLI's JSON have them all. */
const ROWS_IN_MESSAGE = 20;

/** The list an error carries in its details, worded: each problem of a count, each refused row, each input issue. */
function detailLines(locale: Locale, details: unknown): string {
  const { problems, errors, issues } = (details ?? {}) as { problems?: unknown; errors?: unknown; issues?: unknown };
  if (Array.isArray(problems) && problems.every(isKeyed)) return ` ${problems.map((p) => t(locale, p.key, p.params)).join(' ')}`;
  if (Array.isArray(issues) && issues.length > 0) return ` ${(issues as InputIssue[]).map((i) => renderIssue(locale, i)).join('; ')}.`;
  if (Array.isArray(errors) && errors.length > 0 && errors.every(isKeyed)) {
    const rows = (errors as RowProblem[]).slice(0, ROWS_IN_MESSAGE).map((e) => rowProblemText(locale, e));
    if (errors.length > ROWS_IN_MESSAGE) rows.push(t(locale, 'listRow.more', { count: errors.length - ROWS_IN_MESSAGE }));
    const joined = rows.join('; ');
    return ` ${joined}${/[.!?]$/.test(joined) ? '' : '.'}`; // one full stop, not two after a row that has its own
  }
  return '';
}

/**
 * An error or warning as it crossed the contract, in one language: from its key, else from its code
 * (`error.<CODE>`: a refusal built without a key, e.g. by an older host, still reads sensibly), then
 * the problems or rows its details list, each from its own key.
 */
export function renderMessage(locale: Locale, data: { code?: string; key?: string; params?: MessageParams; details?: unknown }): string {
  if (data.key && isSharedKey(data.key)) return t(locale, data.key, data.params) + detailLines(locale, data.details);
  const byCode = `error.${data.code ?? 'INTERNAL'}`;
  return t(locale, isSharedKey(byCode) ? byCode : 'error.INTERNAL', data.params);
}
