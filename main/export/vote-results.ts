/**
 * Results of the show-of-hands votes (biểu quyết giơ tay): every vote with for / against / abstain
 * against the delegates present when it opened, and the outcome by its rule (shared/domain/vote.ts).
 */
import { formatCount } from '../../shared/domain/format';
import type { VoteRow } from '../db/votes';
import { toVoteView } from '../services/vote-service';
import type { AdminDocument, Block } from './document/model';
import type { SheetTable } from './delegate-lists';
import { letterheadBlock } from './minutes';
import type { Letterhead } from './sources';
import type { Template } from './templates';

function result(v: ReturnType<typeof toVoteView>, t: Template): string {
  if (v.state !== 'closed' || !v.outcome) return t('open');
  return v.outcome.unanimous ? t('unanimous') : v.outcome.passed ? t('passed') : t('failed');
}

/** "8 (100,00 %)": held together by keepTogether and a column wide enough for it (docs/documents.md, Line breaks). */
const cell = (n: number | undefined, percent: string | undefined) => (n === undefined ? '' : `${formatCount(n)} (${percent ?? ''})`);

export function votesDocument(l: Letterhead, rows: VoteRow[], t: Template, meta: AdminDocument['meta']): AdminDocument {
  const votes = rows.map(toVoteView);
  const details: Block[] = votes
    .filter((v) => v.counts && v.outcome)
    .map((v) => ({
      kind: 'paragraph',
      runs: [
        t('detail', {
          no: v.id,
          question: v.question,
          present: formatCount(v.present),
          summoned: formatCount(v.summoned),
          for: formatCount(v.counts!.for),
          forPercent: v.outcome!.percent.for,
          against: formatCount(v.counts!.against),
          againstPercent: v.outcome!.percent.against,
          abstain: formatCount(v.counts!.abstain),
          abstainPercent: v.outcome!.percent.abstain,
          rule: t(`rule.${v.rule}`),
          result: result(v, t).toLocaleLowerCase('vi'),
        }),
      ],
    }));
  const last =
    votes
      .map((v) => v.closedAt ?? v.createdAt)
      .sort()
      .pop() ?? meta.createdAt;
  return {
    meta,
    blocks: [
      letterheadBlock(l, last),
      { kind: 'title', lines: [t('title'), l.congress.name.toLocaleUpperCase('vi')] },
      { kind: 'paragraph', runs: [t('intro', { congress: l.congress.name })] },
      {
        kind: 'table',
        small: true,
        columns: [
          { header: t('col.no'), width: 0.07, align: 'center', nowrap: true },
          { header: t('col.question'), width: 0.33 },
          // "118 (97,52 %)" whole on its line (model.ts, fitColumns)
          { header: t('col.for'), width: 0.15, align: 'center', nowrap: true },
          { header: t('col.against'), width: 0.15, align: 'center', nowrap: true },
          { header: t('col.abstain'), width: 0.15, align: 'center', nowrap: true },
          { header: t('col.result'), width: 0.15, align: 'center' },
        ],
        rows: votes.map((v) => [
          String(v.id),
          v.question,
          cell(v.counts?.for, v.outcome?.percent.for),
          cell(v.counts?.against, v.outcome?.percent.against),
          cell(v.counts?.abstain, v.outcome?.percent.abstain),
          result(v, t),
        ]),
      },
      ...details,
      {
        kind: 'signatures',
        signatures: [
          { caption: t('sign.secretary'), name: l.documents.secretarySigner },
          { caption: t('sign.presidium'), name: l.documents.presidiumSigner },
        ],
      },
    ],
  };
}

export function votesTable(rows: VoteRow[], t: Template): SheetTable {
  return {
    title: t('title'),
    headers: [
      t('col.no'),
      t('col.question'),
      'Có mặt',
      'Triệu tập',
      t('col.for'),
      t('col.against'),
      t('col.abstain'),
      'Cần tối thiểu',
      t('col.result'),
    ],
    rows: rows
      .map(toVoteView)
      .map((v) => [
        v.id,
        v.question,
        v.present,
        v.summoned,
        v.counts?.for ?? '',
        v.counts?.against ?? '',
        v.counts?.abstain ?? '',
        v.outcome?.required ?? '',
        result(v, t),
      ]),
  };
}
