/**
 * What the documents are made of, read in one read transaction so a document is a consistent
 * snapshot even while entry goes on at another desk, and nothing is ever written (exports only read).
 */
import { AppError } from '../../shared/contract/result';
import type { CongressSettings } from '../../shared/contract/types';
import type { TallyResult } from '../../shared/domain/tally';
import { APP_VERSION, SCHEMA_VERSION } from '../app-version';
import { type Ballot, type BallotSummary, listBallots } from '../db/ballots';
import { getCongressSettings } from '../db/congress';
import { type CongressContext } from '../services/context';
import { computeTally, countData } from '../services/ballot-count-service';
import { loadBallot } from '../services/ballot-guards';
import type { DocumentMeta } from './document/model';
import { type DocumentSettings, readDocumentSettings } from './document-settings';

/** Runs `work` inside one deferred (read) transaction: a consistent snapshot, no write lock taken. */
export function readConsistent<T>(ctx: CongressContext, work: () => T): T {
  return ctx.db.transaction(work)();
}

export interface Letterhead {
  congress: CongressSettings;
  documents: DocumentSettings;
  /**
   * How the papers speak of the delegates: 'đồng chí' in a Party or Đoàn congress, 'đại biểu' in a Front
   * congress and wherever it is not known (docs/documents.md, Words).
   */
  people: 'comrades' | 'delegates';
}

/** Presets whose congresses call their delegates "đồng chí". */
const COMRADE_PRESETS = new Set(['party', 'doan']);

/**
 * A congress has no preset of its own; its ballots do. "Đồng chí" only when some ballot follows the Party
 * or Đoàn rules and none the Front's: before any ballot exists, "đại biểu", which is never wrong.
 */
function peopleWord(ctx: CongressContext): Letterhead['people'] {
  const presets = ctx.db.prepare('SELECT DISTINCT preset FROM ballots').pluck().all() as (string | null)[];
  const comrades = presets.some((p) => p !== null && COMRADE_PRESETS.has(p));
  return comrades && !presets.includes('mttq') ? 'comrades' : 'delegates';
}

export function letterheadData(ctx: CongressContext): Letterhead {
  const congress = getCongressSettings(ctx.db);
  if (!congress) throw AppError.of('NO_CONGRESS_OPEN', 'export.noCongressInFile');
  return { congress, documents: readDocumentSettings(ctx.db), people: peopleWord(ctx) };
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a document of the congress is dated (docs/documents.md, Dates): the date of its session, else the
 * congress's first day, else the day it is made. A bare year ("2026") is no day.
 */
export function congressDay(l: Letterhead, sessionDate: string | null, today: string): string {
  for (const day of [sessionDate, l.congress.startDate]) if (day && FULL_DATE.test(day)) return day;
  return today;
}

/**
 * The day a paper of a count is dated (docs/documents.md, Dates): when the count ended, else the day of the
 * congress (`congressDay`). The minutes and the entry log of one ballot carry the same day.
 */
export function countDay(l: Letterhead, r: Pick<BallotRecord, 'countedAt'>, today: string): string {
  return r.countedAt ?? congressDay(l, null, today);
}

export function documentMeta(ctx: CongressContext, congress: CongressSettings, title: string, subject: string): DocumentMeta {
  return { title, subject, createdAt: ctx.now(), appVersion: APP_VERSION, schemaVersion: SCHEMA_VERSION, congressName: congress.name };
}

export interface BallotRecord {
  ballot: Ballot;
  tally: TallyResult;
  discrepancies: number[];
  /** When the count ended (audit), else null. */
  countedAt: string | null;
  previous: BallotSummary | null;
  next: BallotSummary[];
}

/** The states in which a ballot's count has ended. */
export const COUNTED: ReadonlySet<string> = new Set<Ballot['state']>(['counted', 'published', 'finalized']);

export function ballotRecord(ctx: CongressContext, id: number, needCounted: boolean): BallotRecord {
  const ballot = loadBallot(ctx, id);
  if (needCounted && !COUNTED.has(ballot.state)) {
    throw AppError.of(
      'EXPORT_NOT_READY',
      'export.ballotNotCounted',
      { title: ballot.title, state: ballot.state },
      { ballotId: id, state: ballot.state },
    );
  }
  const data = countData(ctx, ballot);
  const all = listBallots(ctx.db);
  const countedAt = ctx.db
    .prepare(
      `SELECT at FROM audit WHERE entity = 'ballot' AND entity_id = ? AND action IN ('ballot.count', 'ballot.aggregate') ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(String(id)) as string | undefined;
  const next = ctx.db.prepare('SELECT id FROM ballots WHERE previous_ballot_id = ? ORDER BY id').pluck().all(id) as number[];
  return {
    ballot,
    tally: computeTally(ballot, data),
    discrepancies: data.discrepancies,
    countedAt: countedAt ?? null,
    previous: all.find((b) => b.id === ballot.previousBallotId) ?? null,
    next: all.filter((b) => next.includes(b.id)),
  };
}
