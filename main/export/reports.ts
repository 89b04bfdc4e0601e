/** The credentials report and the attendance list of a session, as administrative documents. */
import type { AttendanceRecord, AttendanceSummary } from '../../shared/domain/attendance';
import { credentials } from '../../shared/domain/credentials';
import type { Delegate } from '../../shared/domain/delegate';
import { formatHundredths, formatStamp } from '../../shared/domain/document-format';
import { formatCount, percentHundredths } from '../../shared/domain/format';
import type { CongressSession } from '../../shared/contract/types';
import type { AdminDocument, Block } from './document/model';
import type { SheetTable } from './delegate-lists';
import { letterheadBlock } from './minutes';
import type { Letterhead } from './sources';
import type { Template } from './templates';

const pct = (part: number, whole: number) => formatHundredths(percentHundredths(part, whole));
const p = (text: string): Block => ({ kind: 'paragraph', runs: [text] });

export interface SessionData {
  session: CongressSession;
  records: AttendanceRecord[];
  summary: AttendanceSummary;
  delegates: Delegate[];
}

export function credentialsDocument(l: Letterhead, s: SessionData, t: Template, meta: AdminDocument['meta']): AdminDocument {
  const states = new Map(s.records.map((r) => [r.delegateId, { state: r.state, reason: r.reason }]));
  const day = s.session.date ?? l.congress.startDate ?? meta.createdAt;
  const c = credentials(s.delegates, states, day);
  const f = formatCount;
  const rows = c.rows.map((r) => (r.heading ? [r.label, '', '', ''] : [r.label, f(r.summoned), f(r.present), pct(r.present, c.present)]));
  const age =
    c.averageAgeTenths !== null && c.youngest && c.oldest
      ? [
          p(
            t('age', {
              average: `${f(Math.floor(c.averageAgeTenths / 10))},${c.averageAgeTenths % 10}`,
              youngest: c.youngest.name,
              youngestAge: c.youngest.age,
              oldest: c.oldest.name,
              oldestAge: c.oldest.age,
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
      p(`1. ${t('summoned', { value: f(c.summoned) })}`),
      p(`2. ${t('present', { value: f(c.present), percent: pct(c.present, c.summoned) })}`),
      p(`3. ${t('absentWithReason', { value: f(c.absentWithReason), reasons: c.reasons.length ? ` (${c.reasons.join('; ')})` : '' })}`),
      p(`4. ${t('absentWithoutReason', { value: f(c.absentWithoutReason) })}`),
      p(`5. ${t('composition')}`),
      {
        kind: 'table',
        columns: [
          { header: t('col.label'), width: 0.46 },
          { header: t('col.summoned'), width: 0.16, align: 'center' },
          { header: t('col.present'), width: 0.16, align: 'center' },
          { header: t('col.percent'), width: 0.22, align: 'center' },
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

/** Official delegates first, then alternates, then guests; roster order within each. */
function attendanceRows(s: SessionData, t: Template): string[][] {
  const byId = new Map(s.records.map((r) => [r.delegateId, r]));
  const order = { official: 0, alternate: 1, guest: 2 } as const;
  const list = [...s.delegates].sort((a, b) => order[a.status] - order[b.status]);
  return list.map((d, i) => {
    const r = byId.get(d.id);
    const state = r ? t(`state.${r.state}`) + (r.reason ? ` (${r.reason})` : '') : t('state.absent');
    return [String(i + 1), d.code, d.fullName, d.group ?? '', t(`status.${d.status}`), state, r ? formatStamp(r.recordedAt) : ''];
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
  return {
    meta,
    blocks: [
      letterheadBlock(l, s.session.date ?? meta.createdAt),
      { kind: 'title', lines: [t('title'), t('session', { session: s.session.title.toLocaleUpperCase('vi') })] },
      p(summaryLine(s, t)),
      {
        kind: 'table',
        small: true,
        columns: headers.map((header, i) => ({ header, width: widths[i]!, align: i === 2 || i === 5 ? 'left' : 'center' })),
        rows: attendanceRows(s, t),
      },
      { kind: 'signatures', signatures: [{ caption: t('sign'), name: l.documents.secretarySigner }] },
    ],
  };
}

export function attendanceTable(s: SessionData, t: Template): SheetTable {
  return {
    title: `${t('title')} — ${s.session.title}`,
    headers: attendanceHeaders(t),
    rows: attendanceRows(s, t).map((r) => [Number(r[0]), ...r.slice(1)]),
  };
}
