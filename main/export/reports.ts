/** The credentials report and the attendance list of a session, as administrative documents. */
import type { AttendanceRecord, AttendanceSummary } from '../../shared/domain/attendance';
import { type AgeFact, credentials } from '../../shared/domain/credentials';
import type { Delegate } from '../../shared/domain/delegate';
import { formatHundredths, formatStamp } from '../../shared/domain/document-format';
import { formatCount, percentHundredths } from '../../shared/domain/format';
import type { CongressSession } from '../../shared/contract/types';
import type { AdminDocument, Block } from './document/model';
import type { SheetTable } from './delegate-lists';
import { letterheadBlock } from './minutes';
import type { SheetCell } from './sheet-cells';
import { congressDay, type Letterhead } from './sources';
import type { Template } from './templates';

const pct = (part: number, whole: number) => formatHundredths(percentHundredths(part, whole));
const p = (text: string): Block => ({ kind: 'paragraph', runs: [text] });

export interface SessionData {
  session: CongressSession;
  records: AttendanceRecord[];
  summary: AttendanceSummary;
  delegates: Delegate[];
}

/** "A", "A và B", "A, B và C": everyone who shares the youngest (or oldest) birth date. */
function names(facts: readonly AgeFact[]): string {
  const all = facts.map((a) => a.name);
  return all.length < 2 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} và ${all[all.length - 1]}`;
}

/** "27", or "27, 28" when a bare birth year ties with a full date of the same year. */
function ages(facts: readonly AgeFact[]): string {
  return [...new Set(facts.map((a) => a.age))].join(', ');
}

export function credentialsDocument(l: Letterhead, s: SessionData, t: Template, meta: AdminDocument['meta']): AdminDocument {
  const states = new Map(s.records.map((r) => [r.delegateId, { state: r.state, reason: r.reason }]));
  const day = congressDay(l, s.session.date, meta.createdAt);
  const c = credentials(s.delegates, states, day);
  const f = formatCount;
  // "đồng chí" only in a Party or Đoàn congress (docs/documents.md, Words)
  const person = t(`person.${l.people}`);
  const rows = c.rows.map((r) => (r.heading ? [r.label, '', '', ''] : [r.label, f(r.summoned), f(r.present), pct(r.present, c.present)]));
  const age =
    c.averageAgeTenths !== null && c.youngest.length > 0 && c.oldest.length > 0
      ? [
          p(
            t('age', {
              average: `${f(Math.floor(c.averageAgeTenths / 10))},${c.averageAgeTenths % 10}`,
              youngest: names(c.youngest),
              youngestAge: ages(c.youngest),
              oldest: names(c.oldest),
              oldestAge: ages(c.oldest),
            }),
          ),
        ]
      : [];
  return {
    meta,
    blocks: [
      letterheadBlock(l, day),
      { kind: 'title', lines: [t('title'), t('subtitle'), t('congressLine', { congress: l.congress.name })] },
      p(t('intro', { session: s.session.title })),
      p(`1. ${t('summoned', { value: f(c.summoned), person })}`),
      p(`2. ${t('present', { value: f(c.present), percent: pct(c.present, c.summoned), person })}`),
      p(
        `3. ${t('absentWithReason', { value: f(c.absentWithReason), reasons: c.reasons.length ? ` (${c.reasons.join('; ')})` : '', person })}`,
      ),
      p(`4. ${t('absentWithoutReason', { value: f(c.absentWithoutReason), person })}`),
      p(`5. ${t('composition')}`),
      {
        kind: 'table',
        columns: [
          { header: t('col.label'), width: 0.46 },
          { header: t('col.summoned'), width: 0.16, align: 'center', nowrap: true },
          { header: t('col.present'), width: 0.16, align: 'center', nowrap: true },
          { header: t('col.percent'), width: 0.22, align: 'center', nowrap: true },
        ],
        rows,
        boldRows: c.rows.flatMap((r, i) => (r.heading ? [i] : [])),
      },
      ...age,
      p(t('conclusion', { quorum: s.summary.quorum.met ? t('quorum.met') : t('quorum.notMet') })),
      { kind: 'signatures', signatures: [{ caption: t('sign'), role: t('sign.role'), name: l.documents.credentialsBoardChair }] },
    ],
  };
}

/** Official delegates first, then alternates, then guests; roster order within each. The last cell: when checked in. */
function attendanceRows(s: SessionData, t: Template): [number, string, string, string, string, string, string | null][] {
  const byId = new Map(s.records.map((r) => [r.delegateId, r]));
  const order = { official: 0, alternate: 1, guest: 2 } as const;
  const list = [...s.delegates].sort((a, b) => order[a.status] - order[b.status]);
  return list.map((d, i) => {
    const r = byId.get(d.id);
    const state = r ? t(`state.${r.state}`) + (r.reason ? ` (${r.reason})` : '') : t('state.absent');
    return [i + 1, d.code, d.fullName, d.group ?? '', t(`status.${d.status}`), state, r?.recordedAt ?? null];
  });
}

function attendanceHeaders(t: Template): string[] {
  return ['col.no', 'col.code', 'col.name', 'col.group', 'col.status', 'col.state', 'col.at'].map((k) => t(k));
}

function summaryLine(s: SessionData, t: Template): string {
  const m = s.summary;
  return t('summary', {
    summoned: formatCount(m.summoned),
    present: formatCount(m.present),
    percent: pct(m.present, m.summoned),
    excused: formatCount(m.absentWithReason),
    absent: formatCount(m.absentWithoutReason),
    alternates: `${formatCount(m.alternates.present)}/${formatCount(m.alternates.summoned)}`,
    guests: `${formatCount(m.guestsPresent)}/${formatCount(m.guestsInvited)}`,
  });
}

export function attendanceDocument(l: Letterhead, s: SessionData, t: Template, meta: AdminDocument['meta']): AdminDocument {
  const headers = attendanceHeaders(t);
  const widths = [0.06, 0.11, 0.27, 0.08, 0.13, 0.15, 0.2];
  // number, code, kind and time never wrap; a name, a group or a reason may
  const nowrap = [true, true, false, false, true, false, true];
  const rows = attendanceRows(s, t).map(([no, ...cells]) => {
    const at = cells[5];
    return [String(no), ...cells.slice(0, 5), at ? formatStamp(at) : ''] as string[];
  });
  return {
    meta,
    blocks: [
      letterheadBlock(l, congressDay(l, s.session.date, meta.createdAt)),
      { kind: 'title', lines: [t('title'), t('session', { session: s.session.title.toLocaleUpperCase('vi') })] },
      p(summaryLine(s, t)),
      {
        kind: 'table',
        small: true,
        columns: headers.map((header, i) => ({
          header,
          width: widths[i]!,
          align: i === 2 || i === 5 ? 'left' : 'center',
          nowrap: nowrap[i],
        })),
        rows,
      },
      { kind: 'signatures', signatures: [{ caption: t('sign'), name: l.documents.secretarySigner }] },
    ],
  };
}

export function attendanceTable(s: SessionData, t: Template): SheetTable {
  return {
    title: `${t('title')} — ${s.session.title}`,
    headers: attendanceHeaders(t),
    rows: attendanceRows(s, t).map((r): SheetCell[] => [...r.slice(0, 6), { stamp: r[6] }]),
  };
}
