/**
 * Danh sách người trúng cử / trúng hiệp thương: for every counted ballot, those elected in order of votes,
 * from the same tally as the minutes. Kept in the archive beside the minutes (docs/exports.md, archive).
 * Its words are the minutes' words of each ballot (minutes.ts, ballotWords).
 */
import { votesOfBase } from '../../shared/domain/document-format';
import { formatCount } from '../../shared/domain/format';
import type { AdminDocument, Block } from './document/model';
import { ballotWords, candidateName, letterheadBlock } from './minutes';
import { type BallotRecord, congressDay, type Letterhead } from './sources';
import type { Template } from './templates';

function ballotBlocks(r: BallotRecord, t: Template, words: Template, no: number): Block[] {
  const { ballot, tally } = r;
  const w = ballotWords(words, ballot.preset);
  const shown = new Map(ballot.candidates.map((c) => [c.number, c.showBirthDate]));
  const elected = tally.elected.map((n) => tally.candidates.find((c) => c.number === n)!);
  const blocks: Block[] = [
    { kind: 'heading', text: t('ballot', { no, ballot: ballot.title }) },
    { kind: 'paragraph', runs: [t('seats', { ...w, seats: formatCount(tally.seats), filled: formatCount(tally.seatsFilled) })] },
  ];
  if (elected.length === 0) blocks.push({ kind: 'paragraph', runs: [t('none', w)] });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('col.no'), width: 0.08, align: 'center', nowrap: true },
        { header: t('col.name'), width: 0.52 },
        { header: t('col.votes'), width: 0.4, align: 'center' },
      ],
      rows: elected.map((c, i) => [
        String(i + 1),
        candidateName(c, shown.get(c.number) ?? false),
        votesOfBase(c.votes, tally.base.value, c.percentOfBase),
      ]),
    });
  if (tally.seatsOpen > 0) blocks.push({ kind: 'paragraph', runs: [t('open', { ...w, open: formatCount(tally.seatsOpen) })] });
  return blocks;
}

/** `words`: the minutes template, whose words of a ballot (hiệp thương cử / bầu) this list shares. */
export function electedDocument(
  l: Letterhead,
  records: readonly BallotRecord[],
  t: Template,
  words: Template,
  meta: AdminDocument['meta'],
): AdminDocument {
  // the title in the words of every kind of ballot the congress ran: "TRÚNG HIỆP THƯƠNG", "TRÚNG CỬ"
  const all = records.map((r) => ballotWords(words, r.ballot.preset));
  const ELECTED = [...new Set(all.map((w) => w.ELECTED))].join(', ');
  const elected = [...new Set(all.map((w) => w.elected))].join(', ');
  const counted = records.map((r) => r.countedAt).filter((at): at is string => at !== null);
  const day = counted.sort().pop() ?? congressDay(l, null, meta.createdAt);
  return {
    meta,
    blocks: [
      letterheadBlock(l, day),
      { kind: 'title', lines: [t('title', { ELECTED }), l.congress.name.toLocaleUpperCase('vi')] },
      { kind: 'paragraph', runs: [t('intro', { congress: l.congress.name, elected })], indent: true },
      ...records.flatMap((r, i) => ballotBlocks(r, t, words, i + 1)),
      { kind: 'signatures', signatures: [{ caption: t('sign.presidium'), name: l.documents.presidiumSigner }] },
    ],
  };
}
