/**
 * Biên bản kiểm phiếu (docs/exports.md): one per ballot, from the same
 * tally the projector shows, so the paper and the wall cannot disagree by a single vote.
 */
import { BASE_LABELS, INVALID_REASON_LABELS } from '../../shared/domain/ballot-messages';
import { formatClock, formatLongDate, formatHundredths, placeDateLine, votesOfBase } from '../../shared/domain/document-format';
import { formatCount, formatDate } from '../../shared/domain/format';
import { INVALID_REASONS, type InvalidReason, consults } from '../../shared/domain/ballot';
import type { CandidateResult } from '../../shared/domain/tally';
import { type AuditAnchor, shortHead } from '../db/audit';
import type { AdminDocument, Block, Signature } from './document/model';
import { type BallotRecord, countDay, type Letterhead } from './sources';
import type { Template } from './templates';

/** MTTQ consults (hiệp thương cử); the other presets elect (bầu). */
export function actionWord(t: Template, preset: string | null): string {
  return consults(preset) ? t('action.consult') : t('action.elect');
}

/**
 * The words of a ballot's result (docs/documents.md, Words): a Front committee is "hiệp thương cử" and its
 * members "trúng hiệp thương"; only the other presets say "bầu" and "trúng cử". For templates with
 * {action}, {elected} and {ELECTED} (capitals, for headings).
 */
export function ballotWords(t: Template, preset: string | null): { action: string; elected: string; ELECTED: string } {
  const elected = t(consults(preset) ? 'elected.consult' : 'elected.elect');
  return { action: actionWord(t, preset), elected, ELECTED: elected.toLocaleUpperCase('vi') };
}

/**
 * An invalid paper's reason in the ballot's own words: "too many kept" names the seats as the ballot does
 * ("giữ lại quá số lượng được hiệp thương cử", docs/documents.md, Words); the template needs
 * `counts.tooManyKept` with {action}.
 */
export function invalidReasonText(t: Template, preset: string | null): (k: InvalidReason) => string {
  const action = actionWord(t, preset);
  return (k) => (k === 'too_many_kept' ? t('counts.tooManyKept', { action }) : INVALID_REASON_LABELS[k].vi.toLocaleLowerCase('vi'));
}

export function letterheadBlock(l: Letterhead, dateIso: string): Block {
  return {
    kind: 'letterhead',
    parent: l.documents.parentOrganisation,
    organisation: l.documents.organisation,
    placeDate: placeDateLine(l.documents.place, dateIso),
  };
}

/**
 * The audit's head as it was when the document was made, printed above the signatures: whoever holds
 * the signed paper can check that the congress file still holds that history (`verify --head`,
 * SECURITY.md "What verify proves and what it cannot").
 */
export function anchorBlock(t: Template, anchor: AuditAnchor): Block {
  return { kind: 'paragraph', runs: [t('anchor', { code: shortHead(anchor.head), count: formatCount(anchor.entries) })], indent: true };
}

/** Name, with the birth date beside identical names as on the paper. */
export function candidateName(c: { name: string; birthDate: string | null }, showBirth: boolean): string {
  return showBirth && c.birthDate ? `${c.name} (${formatDate(c.birthDate)})` : c.name;
}

export function minutesDocument(
  l: Letterhead,
  r: BallotRecord,
  t: Template,
  meta: AdminDocument['meta'],
  anchor: AuditAnchor,
): AdminDocument {
  const { ballot, tally } = r;
  const f = formatCount;
  const date = countDay(l, r, meta.createdAt);
  const words = ballotWords(t, ballot.preset);
  const { action } = words;
  const showBirth = new Map(ballot.candidates.map((c) => [c.number, c.showBirthDate]));
  const nameOf = (c: CandidateResult) => candidateName(c, showBirth.get(c.number) ?? false);
  const p = (text: string, indent = true): Block => ({ kind: 'paragraph', runs: [text], indent });
  const dash = (text: string): Block => p(`- ${text}`);

  const board: Block[] = [];
  const { countingBoardChair: chair, countingBoardMembers: members } = l.documents;
  if (!chair && members.length === 0) board.push(p(t('board.empty')));
  if (chair) board.push(dash(`${chair} — ${t('board.chair')}`));
  for (const m of members) board.push(dash(`${m} — ${t('board.member')}`));

  const reasonText = invalidReasonText(t, ballot.preset);
  const invalidLines = INVALID_REASONS.filter((k) => tally.invalidByReason[k] > 0).map((k) =>
    t('counts.invalidReason', { reason: reasonText(k), value: f(tally.invalidByReason[k]) }),
  );
  const byVotes = tally.elected.map((n) => tally.candidates.find((c) => c.number === n)!);
  const resultRow = (c: CandidateResult, i: number) => [
    String(i + 1),
    nameOf(c),
    votesOfBase(c.votes, tally.base.value, c.percentOfBase),
    formatHundredths(c.percentOfValid),
  ];
  const columns = [
    { header: t('result.col.no'), width: 0.08, align: 'center' as const, nowrap: true },
    { header: t('result.col.name'), width: 0.4 },
    { header: t('result.col.votes'), width: 0.32, align: 'center' as const },
    { header: t('result.col.ofValid'), width: 0.2, align: 'center' as const, nowrap: true },
  ];

  const outcome: Block[] = [];
  outcome.push(byVotes.length === 0 ? p(t('elected.none', words)) : { kind: 'table', columns, rows: byVotes.map(resultRow) });
  outcome.push(p(t('elected.filled', { ...words, filled: f(tally.seatsFilled), seats: f(tally.seats) })));
  if (tally.tie) {
    const names = tally.tie.numbers.map((n) => nameOf(tally.candidates.find((c) => c.number === n)!)).join(', ');
    outcome.push(
      p(
        t('tie', {
          count: f(tally.tie.numbers.length),
          votes: `${f(tally.tie.votes)} phiếu`,
          names,
          ...words,
          seats: f(tally.tie.seatsContested),
        }),
      ),
    );
  } else if (tally.seatsOpen > 0) {
    outcome.push(p(t('elected.open', { ...words, open: f(tally.seatsOpen) })));
  }
  if (r.previous) outcome.push(p(t('previous', { action, round: ballot.round, previous: r.previous.title })));
  for (const n of r.next) outcome.push(p(t('next', { action, next: n.title, round: n.round })));

  const signatures: Signature[] = [
    { caption: t('sign.presidium'), note: t('sign.note'), name: l.documents.presidiumSigner },
    { caption: t('sign.chair'), note: t('sign.note'), name: chair },
    ...members.map((m) => ({ caption: t('sign.member'), note: t('sign.note'), name: m })),
  ];

  return {
    meta,
    blocks: [
      letterheadBlock(l, date),
      {
        kind: 'title',
        lines: [t('title'), ballot.title.toLocaleUpperCase('vi'), ...(ballot.round > 1 ? [t('roundLine', { round: ballot.round })] : [])],
      },
      p(
        t('opening', {
          // the time of the count itself; dotted for the clerk when the file does not know it
          time: r.countedAt ? formatClock(r.countedAt) : formatClock(''),
          date: formatLongDate(date),
          venue: l.congress.venue || '..........',
          congress: l.congress.name,
          action,
          ballot: ballot.title,
        }),
      ),
      { kind: 'heading', text: t('board.heading') },
      ...board,
      { kind: 'heading', text: t('counts.heading') },
      dash(t('counts.summoned', { value: f(ballot.counts.summoned ?? 0) })),
      dash(t('counts.present', { value: f(ballot.counts.present ?? 0) })),
      dash(t('counts.taking', { value: f(tally.issued) })),
      dash(t('counts.seats', { action, approved: f(ballot.seatsApproved), seats: f(ballot.seats) })),
      dash(t('counts.list', { value: f(ballot.candidates.length) })),
      dash(t('counts.issued', { value: f(tally.issued) })),
      dash(t('counts.returned', { value: f(tally.returned) })),
      dash(t('counts.valid', { value: f(tally.valid) })),
      dash(t('counts.invalid', { value: f(tally.invalid), detail: invalidLines.length ? ` (${invalidLines.join('; ')})` : '' })),
      { kind: 'heading', text: t('result.heading') },
      p(t('result.base', { ...words, base: BASE_LABELS[tally.base.kind].vi.toLocaleLowerCase('vi'), value: f(tally.base.value) })),
      { kind: 'table', columns, rows: tally.candidates.map(resultRow) },
      { kind: 'heading', text: t('elected.heading', words) },
      ...outcome,
      { kind: 'heading', text: t('complaints.heading') },
      // dotted lines to fill in by hand: justified, they would stretch across the page. Each fits its line:
      // no line may break before a dot (Unicode line breaking), so one longer line broke inside "(nếu có):"
      { kind: 'paragraph', runs: [t('complaints.body')], align: 'left' },
      { kind: 'paragraph', runs: [t('complaints.more')], align: 'left', indent: false },
      p(t('closing')),
      anchorBlock(t, anchor),
      { kind: 'signatures', signatures },
    ],
  };
}
