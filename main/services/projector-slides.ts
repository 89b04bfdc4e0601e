/**
 * Where each slide kind reads its data. A capability adds its kinds to SLIDE_KINDS
 * (shared/domain/projector.ts) and, when the slide reads something, one source here: `check` refuses a
 * slide that may not go on air yet (with a clear message), `view` returns the slide's data or null
 * when it can no longer be shown (the wall then falls back to blank rather than show stale data).
 */
import type { EventName, EventPayload } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/result';
import type { ProjectorView } from '../../shared/contract/types';
import type { SlideKind, SlideRef } from '../../shared/domain/projector';
import { getBallot } from '../db/ballots';
import { getVote } from '../db/votes';
import { computeTally, countData } from './ballot-count-service';
import { loadBallot } from './ballot-guards';
import type { CongressContext } from './context';
import { loadVote, toVoteView } from './vote-service';
import { AGENDA_SLIDE_SOURCES, agendaOnWall } from './agenda-projection';

export interface SlideSource {
  check?(ctx: CongressContext, ref: SlideRef): void;
  view(ctx: CongressContext, ref: SlideRef): Partial<ProjectorView> | null;
}

const BALLOT_ON_AIR = new Set(['published', 'finalized']);

/** A ballot's result, only while it is published or finalized: a reopened ballot leaves the wall. */
const ballotSource: SlideSource = {
  check(ctx, ref) {
    const ballot = loadBallot(ctx, ref.ballotId!);
    if (!BALLOT_ON_AIR.has(ballot.state)) {
      throw AppError.of(
        'BALLOT_NOT_PUBLISHED',
        'projector.ballotNotPublished',
        { title: ballot.title },
        { ballotId: ballot.id, state: ballot.state },
      );
    }
  },
  view(ctx, ref) {
    const ballot = ref.ballotId ? getBallot(ctx.db, ref.ballotId) : undefined;
    if (!ballot || !BALLOT_ON_AIR.has(ballot.state)) return null;
    const { title, preset, seats, seatsApproved, counts, candidates, rules } = ballot;
    return {
      ballot: {
        ballot: { id: ballot.id, title, preset, seats, seatsApproved, counts, candidates, rules },
        tally: computeTally(ballot, countData(ctx, ballot)),
      },
    };
  },
};

/** A vote's result, only while it is closed: reopened for a correction, it leaves the wall. */
const voteSource: SlideSource = {
  check(ctx, ref) {
    const vote = loadVote(ctx, ref.voteId!);
    if (vote.state !== 'closed') {
      throw AppError.of('VOTE_NOT_CLOSED', 'projector.voteNotClosed', { question: vote.question }, { voteId: vote.id });
    }
  },
  view(ctx, ref) {
    const row = ref.voteId ? getVote(ctx.db, ref.voteId) : undefined;
    if (!row || row.state !== 'closed') return null;
    const { id, question, rule, present, summoned, counts, outcome } = toVoteView(row);
    return { vote: { id, question, rule, present, summoned, counts, outcome } };
  },
};

/** An empty message never gets here: the contract trims it and the stage requires it (SLIDE_NEEDS). */
const messageSource: SlideSource = { view: (_ctx, ref) => ({ message: ref.message ?? '' }) };

export const SLIDE_SOURCES: Partial<Record<SlideKind, SlideSource>> = {
  ballot_result: ballotSource,
  ballot_elected: ballotSource,
  vote_result: voteSource,
  message: messageSource,
  ...AGENDA_SLIDE_SOURCES,
};

/**
 * Events that may change what the hall sees, and whether this one does for the slide on air: paper
 * entry on another ballot must not redraw the hall.
 */
type WallTest = (ref: SlideRef, payload: unknown) => boolean;
const always: WallTest = () => true;
/** Only the attendance slide shows the hall's count: a check-in under any other slide costs the wall nothing. */
const countOnWall: WallTest = (ref) => ref.slide === 'attendance';
export const WALL_EVENTS: Partial<Record<EventName, WallTest>> = {
  'attendance:changed': countOnWall,
  'congress:changed': always,
  'delegates:changed': countOnWall,
  'ballots:changed': (ref, p) => ref.ballotId === (p as EventPayload<'ballots:changed'>).ballotId,
  'votes:changed': (ref, p) => ref.voteId === (p as EventPayload<'votes:changed'>).voteId,
  'agenda:changed': agendaOnWall,
};
