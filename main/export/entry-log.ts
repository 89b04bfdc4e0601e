/**
 * Nhật ký nhập phiếu: every paper of every pass as entered (voided entries too, with the reason), the
 * board's decisions on papers the passes disagreed on, and what each paper counted as. Filed with the
 * minutes (DOMAIN.md: the entry log is printed and filed). No delegate appears anywhere (secrecy).
 */
import { INVALID_REASON_LABELS } from '../../shared/domain/ballot-messages';
import { formatStamp } from '../../shared/domain/document-format';
import { formatCount } from '../../shared/domain/format';
import { classifyPaper } from '../../shared/domain/tally';
import type { InvalidReason } from '../../shared/domain/ballot';
import type { CongressContext } from '../services/context';
import type { AdminDocument, Block } from './document/model';
import { actionWord, letterheadBlock } from './minutes';
import type { BallotRecord, Letterhead } from './sources';
import type { Template } from './templates';

interface LoggedEntry {
  pass: number;
  paper: number;
  struck: string;
  invalid: InvalidReason | null;
  entered_at: string;
  voided_at: string | null;
  void_reason: string | null;
}

interface Resolution {
  paper: number;
  struck: string;
  invalid: InvalidReason | null;
  resolved_at: string;
}

export interface EntryLogData {
  entries: LoggedEntry[];
  resolutions: Resolution[];
}

/** Read inside the export's read transaction, with the ballot record. */
export function readEntryLog(ctx: CongressContext, ballotId: number): EntryLogData {
  return {
    entries: ctx.db
      .prepare('SELECT pass, paper, struck, invalid, entered_at, voided_at, void_reason FROM paper_entries WHERE ballot_id = ? ORDER BY paper, pass')
      .all(ballotId) as LoggedEntry[],
    resolutions: ctx.db.prepare('SELECT paper, struck, invalid, resolved_at FROM paper_resolutions WHERE ballot_id = ? ORDER BY paper').all(ballotId) as Resolution[],
  };
}

const numbers = (struck: string): number[] => (struck === '' ? [] : struck.split(' ').map(Number));
const stamp = formatStamp;

export function entryLogDocument(l: Letterhead, r: BallotRecord, log: EntryLogData, t: Template, meta: AdminDocument['meta']): AdminDocument {
  const { ballot } = r;
  const numbersOnList = ballot.candidates.map((c) => c.number);
  const verdict = (struck: string, invalid: InvalidReason | null): string => {
    const v = classifyPaper({ paper: 0, struck: numbers(struck), invalid }, numbersOnList, ballot.seats, ballot.rules);
    return v.valid ? t('valid') : t('invalid', { reason: INVALID_REASON_LABELS[v.reason!].vi.toLocaleLowerCase('vi') });
  };
  const rows = log.entries.map((e) => [
    formatCount(e.paper),
    String(e.pass),
    e.struck === '' ? t('none') : numbers(e.struck).join(', '),
    e.voided_at ? t('voided', { reason: e.void_reason ?? '' }) : verdict(e.struck, e.invalid),
    stamp(e.entered_at),
  ]);
  for (const res of log.resolutions) {
    rows.push([formatCount(res.paper), t('board'), res.struck === '' ? t('none') : numbers(res.struck).join(', '), verdict(res.struck, res.invalid), stamp(res.resolved_at)]);
  }
  const byPass = new Map<number, number>();
  for (const e of log.entries) if (!e.voided_at) byPass.set(e.pass, (byPass.get(e.pass) ?? 0) + 1);
  const p = (text: string): Block => ({ kind: 'paragraph', runs: [text] });
  const action = actionWord(t, ballot.preset);
  return {
    meta,
    blocks: [
      letterheadBlock(l, meta.createdAt),
      { kind: 'title', lines: [t('title'), ballot.title.toLocaleUpperCase('vi')] },
      p(t('intro', { action, ballot: ballot.title, passes: ballot.passes, time: stamp(meta.createdAt) })),
      ...Array.from({ length: ballot.passes }, (_, i) => p(`- ${t('summary', { pass: i + 1, papers: formatCount(byPass.get(i + 1) ?? 0) })}`)),
      p(`- ${t('resolved', { value: formatCount(log.resolutions.length) })}`),
      ...(r.discrepancies.length ? [p(`- ${t('open', { value: formatCount(r.discrepancies.length), papers: r.discrepancies.join(', ') })}`)] : []),
      {
        kind: 'table',
        small: true,
        columns: [
          { header: t('col.paper'), width: 0.08, align: 'center' },
          { header: t('col.pass'), width: 0.08, align: 'center' },
          { header: t('col.struck'), width: 0.34 },
          { header: t('col.verdict'), width: 0.24 },
          { header: t('col.at'), width: 0.26, align: 'center' },
        ],
        rows,
      },
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

