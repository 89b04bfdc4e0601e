/**
 * The papers file of `ballot papers`: CSV with the header `paper,struck,invalid`. `struck` holds the
 * struck candidate numbers separated by spaces; `invalid` is empty or the board's reason, as a code
 * (`written_in`) or as its Vietnamese or English label. Rows are numbered as the file's lines
 * (header = 1) so a message points at what the user sees.
 */
import Papa from 'papaparse';
import { BOARD_REASONS, type BoardReason, INVALID_REASONS } from '../../shared/domain/ballot';
import { INVALID_REASON_LABELS } from '../../shared/domain/ballot-messages';
import { foldForSearch } from '../../shared/domain/vietnamese-text';
import type { PaperFileRow, RowError } from '../services/paper-service';

const fold = (s: string) =>
  foldForSearch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Folded spellings of each reason: its code, its labels, and the short words boards write. */
const REASON_WORDS: [BoardReason, string[]][] = BOARD_REASONS.map((r) => [
  r,
  [r, INVALID_REASON_LABELS[r].vi, INVALID_REASON_LABELS[r].en].map(fold),
]);
const SHORT: [BoardReason, string[]][] = [
  ['not_issued_form', ['khong dung mau', 'khong co dau', 'khong dong dau', 'sai mau']],
  ['written_in', ['ghi them', 'viet them']],
  ['identifying_mark', ['danh dau', 'ky ten', 'dau rieng']],
  ['undeterminable', ['khong xac dinh']],
];
/** Found by the software from the marks themselves: accepted, and left to the marks to decide. */
const DERIVED = new Set([
  'too_many_kept',
  'all_struck',
  ...(['too_many_kept', 'all_struck'] as const).map((r) => fold(INVALID_REASON_LABELS[r].vi)),
]);

export function parseReason(text: string): { ok: true; value: BoardReason | null } | { ok: false } {
  const f = fold(text);
  if (f === '' || DERIVED.has(text.trim()) || DERIVED.has(f) || f === fold('hợp lệ') || f === 'valid') return { ok: true, value: null };
  for (const [reason, words] of REASON_WORDS) if (words.includes(f)) return { ok: true, value: reason };
  for (const [reason, words] of SHORT) if (words.some((w) => f.includes(w))) return { ok: true, value: reason };
  return { ok: false };
}

export function parsePaperCsv(text: string): { rows: PaperFileRow[]; errors: RowError[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = { paper: header.indexOf('paper'), struck: header.indexOf('struck'), invalid: header.indexOf('invalid') };
  if (col.paper < 0 || col.struck < 0) {
    return { rows: [], errors: [{ row: 1, column: '', key: 'paperFile.header' }] };
  }
  const rows: PaperFileRow[] = [];
  const errors: RowError[] = [];
  lines.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const before = errors.length;
    const paperText = (cells[col.paper] ?? '').trim();
    const paper = Number(paperText);
    if (!/^\d+$/.test(paperText) || paper < 1 || paper > 100_000)
      errors.push({ row, column: 'paper', key: 'paperFile.badPaper', params: { text: paperText } });
    const struckText = (cells[col.struck] ?? '').trim();
    const tokens = struckText === '' ? [] : struckText.split(/[\s;,]+/);
    const badTokens = tokens.filter((tok) => !/^\d{1,4}$/.test(tok) || Number(tok) < 1);
    if (badTokens.length > 0) {
      // quoted per language, as the list of documents already there (shared/i18n/vi-refusals.ts)
      const quoted = { tokens: badTokens.join('», «'), tokensEn: badTokens.join('", "') };
      errors.push({ row, column: 'struck', key: 'paperFile.badNumbers', params: quoted });
    }
    const reasonText = col.invalid >= 0 ? (cells[col.invalid] ?? '') : '';
    const reason = parseReason(reasonText);
    if (!reason.ok) {
      const params = { text: reasonText.trim(), allowed: INVALID_REASONS.slice(0, 4).join(', ') };
      errors.push({ row, column: 'invalid', key: 'paperFile.badReason', params });
    }
    if (errors.length === before && reason.ok) rows.push({ row, paper, struck: tokens.map(Number), invalid: reason.value });
  });
  return { rows, errors };
}
