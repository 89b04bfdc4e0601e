/**
 * Nhật ký nhập phiếu: every paper of every pass as entered (voided entries too, with the reason), the
 * board's decisions on papers the passes disagreed on, and what each paper counted as. Filed with the
 * minutes (docs/exports.md: the entry log is printed and filed). Each entry says where it came from
 * (keyboard, file, scan, review) and on which device, so a wrong paper can be traced to its desk. No
 * delegate appears anywhere (secrecy). A scanned paper says whether the machine read it alone or
 * what the counting board decided on it, and the short hash of its kept images (docs/scanning.md).
 */
import type { InvalidReason } from '../../shared/domain/ballot';
import type { AuditAnchor } from '../db/audit';
import type { PaperOrigin, PaperSource } from '../db/paper-origin';
import type { Label } from '../../shared/domain/ballot-messages';
import { ENTRY_SOURCE_LABELS, type LoggedEntry } from '../../shared/domain/entry-log';
import { formatStamp } from '../../shared/domain/document-format';
import { formatCount } from '../../shared/domain/format';
import type { EntryLog, ScanNote } from '../services/entry-log-service';
import type { AdminDocument, Block, Column } from './document/model';
import { actionWord, anchorBlock, invalidReasonText, letterheadBlock } from './minutes';
import { type BallotRecord, countDay, type Letterhead } from './sources';
import type { Template } from './templates';

type Marks = { struck: number[]; invalid: InvalidReason | null } | null;
/** Every source the store knows has its words (a new one does not compile without them). */
const SOURCE_LABELS: Record<PaperSource, Label> = ENTRY_SOURCE_LABELS;

/** A scanned paper's kept images and, if the board looked at it, what it decided: "Ban kiểm phiếu: số 7 gạch, số 12 giữ; trang: hợp lệ". */
function scanNote(t: Template, scan: ScanNote): string[] {
  const images = scan.images.length > 0 ? [t('scan.image', { images: scan.images.join(', ') })] : [];
  const b = scan.board;
  if (!b) return images;
  const rows = b.rows.map((r) => t('scan.row', { number: r.number, mark: t(r.mark === 'struck' ? 'scan.struck' : 'scan.kept') }));
  const decisions = [
    ...(rows.length > 0 ? [rows.join(', ')] : []),
    ...(b.pageValid ? [t('scan.pageValid')] : []),
    ...(b.whole?.invalid ? [t('scan.wholeInvalid')] : b.whole || (rows.length === 0 && !b.pageValid) ? [t('scan.wholeRead')] : []),
  ];
  return [...images, t('scan.board', { decisions: decisions.join('; ') })];
}

/** How many scanned papers the machine read alone and how many the board decided, and how to read their cells. */
function scanSummary(t: Template, scans: EntryLog['scans']): string[] {
  const notes = Object.values(scans);
  if (notes.length === 0) return [];
  const board = notes.filter((n) => n.board).length;
  return [`- ${t('scan.summary', { machine: formatCount(notes.length - board), board: formatCount(board) })}`, t('scan.note')];
}

export function entryLogDocument(
  l: Letterhead,
  r: BallotRecord,
  log: EntryLog,
  /** paperOrigins(db, ballot) of main/db/paper-origin.ts, by "pass:paper". */
  origins: ReadonlyMap<string, PaperOrigin>,
  t: Template,
  meta: AdminDocument['meta'],
  anchor: AuditAnchor,
): AdminDocument {
  const { ballot } = r;
  // the ballot's own words, as in its minutes ("giữ lại quá số lượng được hiệp thương cử")
  const reason = invalidReasonText(t, ballot.preset);
  // A board reason is what the operator entered; "too many kept" and "all struck" the software finds.
  const marks = (m: Marks): string =>
    !m
      ? '—'
      : m.invalid && m.invalid !== 'too_many_kept' && m.invalid !== 'all_struck'
        ? t('invalid', { reason: reason(m.invalid) })
        : m.struck.length
          ? m.struck.join(', ')
          : t('none');
  const entry = (e: LoggedEntry | null): string => {
    if (!e) return marks(e);
    const key = `${e.pass}:${e.paper}`;
    const o = origins.get(key);
    const scan = o?.source === 'scan' || o?.source === 'review' ? log.scans[key] : undefined;
    // a scanned paper the machine read alone says so; the board's says what a person decided on it
    const source = scan && o?.source === 'scan' ? t('scan.read') : (o?.source ? SOURCE_LABELS[o.source] : ENTRY_SOURCE_LABELS.unknown).vi;
    const origin = [o?.device ? `${source}, ${o.device}` : source, ...(scan ? scanNote(t, scan) : [])].join('; ');
    return t('entry', { marks: marks(e), origin });
  };
  const counted = (c: EntryLog['rows'][number]['counted']): string =>
    !c ? t('unsettled') : c.valid ? t('valid') : t('invalid', { reason: c.invalid ? reason(c.invalid) : '' });
  const passes = Array.from({ length: ballot.passes }, (_, i) => i + 1);
  const multi = ballot.passes > 1;
  const passWidth = (multi ? 0.46 : 0.64) / ballot.passes;
  const columns: Column[] = [
    { header: t('col.paper'), width: 0.08, align: 'center' },
    ...passes.map((pass): Column => ({ header: t('col.passN', { pass }), width: passWidth })),
    ...(multi ? [{ header: t('col.settled'), width: 0.22 } as Column] : []),
    { header: t('col.verdict'), width: multi ? 0.24 : 0.28 },
  ];
  const rows = log.rows.map((row) => [
    formatCount(row.paper),
    ...row.passes.map(entry),
    ...(multi ? [row.agreed ? t('agreed.short') : marks(row.resolution)] : []),
    counted(row.counted),
  ]);
  const corrections = log.corrections.map((c) => [
    formatStamp(c.at),
    c.pass === null ? t(`action.${c.action}`) : `${t(`action.${c.action}`)} (${t('col.passN', { pass: c.pass })})`,
    formatCount(c.paper),
    marks(c.before),
    marks(c.after),
    c.reason ?? '',
  ]);
  const byPass = passes.map((pass) => log.rows.filter((row) => row.passes[pass - 1]).length);
  const p = (text: string): Block => ({ kind: 'paragraph', runs: [text] });
  const action = actionWord(t, ballot.preset);
  return {
    meta,
    blocks: [
      // dated the day of the count, as its minutes (docs/documents.md, Dates)
      letterheadBlock(l, countDay(l, r, meta.createdAt)),
      { kind: 'title', lines: [t('title'), ballot.title.toLocaleUpperCase('vi')] },
      p(t('intro', { action, ballot: ballot.title, passes: ballot.passes, time: formatStamp(meta.createdAt) })),
      ...passes.map((pass) => p(`- ${t('summary', { pass, papers: formatCount(byPass[pass - 1]!) })}`)),
      p(`- ${t('resolved', { value: formatCount(log.rows.filter((row) => row.resolution).length) })}`),
      ...(r.discrepancies.length
        ? [p(`- ${t('open', { value: formatCount(r.discrepancies.length), papers: r.discrepancies.join(', ') })}`)]
        : []),
      ...scanSummary(t, log.scans).map(p),
      { kind: 'table', small: true, columns, rows },
      { kind: 'heading', text: t('corrections') },
      corrections.length === 0
        ? p(t('noCorrections'))
        : {
            kind: 'table',
            small: true,
            columns: [
              { header: t('col.at'), width: 0.17, align: 'center' },
              { header: t('col.action'), width: 0.25 },
              { header: t('col.paper'), width: 0.07, align: 'center' },
              { header: t('col.before'), width: 0.13 },
              { header: t('col.after'), width: 0.13 },
              { header: t('col.reason'), width: 0.25 },
            ],
            rows: corrections,
          },
      anchorBlock(t, anchor),
      {
        kind: 'signatures',
        signatures: [
          { caption: t('sign.technician'), note: t('sign.note'), name: '' },
          { caption: t('sign.chair'), note: t('sign.note'), name: l.documents.countingBoardChair },
        ],
      },
    ],
  };
}
