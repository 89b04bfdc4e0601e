import type { ProjectorView } from '../../shared/contract/types';
import { AppError } from '../../shared/contract/result';
import { BALLOT_SLIDES, type SlideKind } from '../../shared/domain/projector';
import { appendAudit } from '../db/audit';
import { getBallot } from '../db/ballots';
import { getCongressSettings, getCurrentSessionId, getSession } from '../db/congress';
import { getSetting, putSetting } from '../db/settings';
import { computeTally, countData } from './ballot-count-service';
import { loadBallot } from './ballot-guards';
import { attendanceSummary } from './checkin-service';
import { type CongressContext, inTransaction } from './context';

const KEY = 'projector.slide';
const BALLOT_KEY = 'projector.ballot';

const ON_AIR = new Set(['published', 'finalized']);

export interface ProjectorState {
  slide: SlideKind;
  ballotId?: number | null;
}

export function projectedSlide(ctx: CongressContext): SlideKind {
  return getSetting<SlideKind>(ctx.db, KEY) ?? 'welcome';
}

/** The ballot chosen for the ballot slides (null on any other slide). */
export function projectedBallotId(ctx: CongressContext): number | null {
  return getSetting<number | null>(ctx.db, BALLOT_KEY) ?? null;
}

/**
 * The ballot on a ballot slide, with its result, only while it is published or finalized: a ballot
 * reopened after it went on air disappears from the wall (the slide falls back to blank).
 */
function projectedBallot(ctx: CongressContext): ProjectorView['ballot'] {
  const id = projectedBallotId(ctx);
  const ballot = id === null ? undefined : getBallot(ctx.db, id);
  if (!ballot || !ON_AIR.has(ballot.state)) return null;
  const { title, seats, seatsApproved, counts, candidates, rules } = ballot;
  return { ballot: { id: ballot.id, title, seats, seatsApproved, counts, candidates, rules }, tally: computeTally(ballot, countData(ctx, ballot)) };
}

/** Everything the projector window may read: nothing but what is on the screen. */
export function projectorView(ctx: CongressContext): ProjectorView {
  const sessionId = getCurrentSessionId(ctx.db);
  let slide = projectedSlide(ctx);
  let ballot: ProjectorView['ballot'] = null;
  if (BALLOT_SLIDES.includes(slide)) {
    ballot = projectedBallot(ctx);
    if (!ballot) slide = 'blank';
  }
  return {
    slide,
    congress: getCongressSettings(ctx.db),
    sessionTitle: sessionId === null ? null : (getSession(ctx.db, sessionId)?.title ?? null),
    attendance: sessionId === null ? null : attendanceSummary(ctx, sessionId),
    ballot,
  };
}

/** Stored, so a restart puts the same slide back on the wall. */
export function projectSlide(ctx: CongressContext, slide: SlideKind, ballotId?: number | null): ProjectorState {
  const isBallot = BALLOT_SLIDES.includes(slide);
  if (isBallot) {
    if (!ballotId) throw new AppError('INVALID_INPUT', 'Cần chọn cuộc bầu để chiếu kết quả.', 'Choose the ballot whose result to show.');
    const ballot = loadBallot(ctx, ballotId);
    if (!ON_AIR.has(ballot.state)) {
      throw new AppError(
        'BALLOT_NOT_PUBLISHED',
        `Kết quả «${ballot.title}» chưa được công bố; chưa thể chiếu lên màn hình.`,
        `The result of "${ballot.title}" is not published yet and cannot be projected.`,
        { ballotId, state: ballot.state },
      );
    }
  }
  const after = isBallot ? { slide, ballotId: ballotId! } : { slide };
  inTransaction(ctx, () => {
    const before = { slide: projectedSlide(ctx), ballotId: projectedBallotId(ctx) };
    putSetting(ctx.db, KEY, slide);
    putSetting(ctx.db, BALLOT_KEY, isBallot ? ballotId! : null);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.show', entity: 'projector', before, after });
  });
  ctx.emit('projector:changed', { view: projectorView(ctx) });
  return after;
}
