/**
 * The stage: one slide on air, one queued next, an emergency black screen and a theme. All four are
 * stored in the congress file, so a restart (or a second projector PC) shows the same thing.
 */
import type { EventName, EventPayload } from '../../shared/contract/channels';
import type { ProjectorStage, ProjectorView } from '../../shared/contract/types';
import type { AttendanceSummary } from '../../shared/domain/attendance';
import { AppError } from '../../shared/contract/result';
import type { SharedKey } from '../../shared/i18n/vi';
import { normaliseSlide, PAGED_SLIDES, type ProjectorTheme, SLIDE_NEEDS, type SlideRef } from '../../shared/domain/projector';
import { appendAudit } from '../db/audit';
import { getCongressSettings, getCurrentSessionId, getSession } from '../db/congress';
import { getSetting, putSetting } from '../db/settings';
import { attendanceSummary } from './checkin-service';
import { type CongressContext, inTransaction, type PendingEvent } from './context';
import { SLIDE_SOURCES, WALL_EVENTS } from './projector-slides';

const ON_AIR = 'projector.onAir';
const NEXT = 'projector.next';
const BLACK = 'projector.black';
const THEME = 'projector.theme';
// Before the stage existed only the kind and a ballot were stored; files from then still open.
const LEGACY_SLIDE = 'projector.slide';
const LEGACY_BALLOT = 'projector.ballot';

const MISSING_REF: Record<string, SharedKey> = {
  ballotId: 'projector.needBallot',
  voteId: 'projector.needVote',
  stepId: 'projector.needStep',
  message: 'projector.needMessage',
};

export function onAirSlide(ctx: CongressContext): SlideRef {
  const stored = getSetting<SlideRef>(ctx.db, ON_AIR);
  if (stored) return stored;
  const slide = getSetting<SlideRef['slide']>(ctx.db, LEGACY_SLIDE) ?? 'welcome';
  return normaliseSlide({ slide, ballotId: getSetting<number | null>(ctx.db, LEGACY_BALLOT) ?? null });
}

export function queuedSlide(ctx: CongressContext): SlideRef | null {
  return getSetting<SlideRef | null>(ctx.db, NEXT) ?? null;
}

const isBlack = (ctx: CongressContext) => getSetting<boolean>(ctx.db, BLACK) ?? false;
const theme = (ctx: CongressContext): ProjectorTheme => getSetting<ProjectorTheme>(ctx.db, THEME) ?? 'red_gold';

/**
 * A slide as the hall would see it: a slide whose data is gone (a reopened vote) shows blank. The
 * queued slide's preview is never blacked out: the operator must see what the next key will show.
 */
export function viewOf(ctx: CongressContext, ref: SlideRef, black = isBlack(ctx), known?: AttendanceSummary): ProjectorView {
  const sessionId = getCurrentSessionId(ctx.db);
  const data = SLIDE_SOURCES[ref.slide]?.view(ctx, ref);
  return {
    slide: data === null ? 'blank' : ref.slide,
    congress: getCongressSettings(ctx.db),
    sessionTitle: sessionId === null ? null : (getSession(ctx.db, sessionId)?.title ?? null),
    attendance: sessionId === null ? null : known?.sessionId === sessionId ? known : attendanceSummary(ctx, sessionId),
    ballot: null,
    vote: null,
    message: null,
    ...data,
    theme: theme(ctx),
    black,
    page: ref.page ?? null,
  };
}

/** Everything the projector window may read: nothing but what is on the screen. */
export function projectorView(ctx: CongressContext): ProjectorView {
  return viewOf(ctx, onAirSlide(ctx));
}

export function projectorStage(ctx: CongressContext): ProjectorStage {
  const next = queuedSlide(ctx);
  return { onAir: onAirSlide(ctx), next, nextView: next && viewOf(ctx, next, false), black: isBlack(ctx), theme: theme(ctx) };
}

/** Refuses a slide that lacks its reference or may not be shown yet; nothing is stored then. */
function checked(ctx: CongressContext, ref: SlideRef): SlideRef {
  const slide = normaliseSlide(ref);
  const need = SLIDE_NEEDS[slide.slide];
  if (need && (slide[need] === null || slide[need] === undefined || slide[need] === '')) {
    throw AppError.of('INVALID_INPUT', MISSING_REF[need]!);
  }
  SLIDE_SOURCES[slide.slide]?.check?.(ctx, slide);
  return slide;
}

function announce(ctx: CongressContext, wall: boolean): ProjectorStage {
  if (wall) ctx.emit('projector:changed', { view: projectorView(ctx) });
  const stage = projectorStage(ctx);
  ctx.emit('projector:staged', { stage });
  return stage;
}

/** Puts a slide on air at once (the queue is left as it is). */
export function projectSlide(ctx: CongressContext, ref: SlideRef): SlideRef {
  const after = checked(ctx, ref);
  inTransaction(ctx, () => {
    const before = onAirSlide(ctx);
    putSetting(ctx.db, ON_AIR, after);
    // after the write: the audit entry takes in the rows the command changed (main/db/change-capture.ts)
    appendAudit(ctx.db, ctx.now(), { action: 'projector.show', entity: 'projector', before, after });
  });
  announce(ctx, true);
  return after;
}

/** Prepares the next slide; the operator sees it in the "next" preview until switching. */
export function queueSlide(ctx: CongressContext, ref: SlideRef | null): ProjectorStage {
  const next = ref && checked(ctx, ref);
  inTransaction(ctx, () => {
    const before = queuedSlide(ctx);
    putSetting(ctx.db, NEXT, next);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.queue', entity: 'projector', before, after: next });
  });
  return announce(ctx, false);
}

/**
 * The queued slide goes on air and the one that was on air becomes the next (a vision mixer's
 * "cut"), so the same key flips back. Checked again: the vote may have been reopened meanwhile.
 */
export function switchSlide(ctx: CongressContext): ProjectorStage {
  const next = queuedSlide(ctx);
  if (!next) throw AppError.of('INVALID_INPUT', 'projector.nothingQueued');
  const after = checked(ctx, next);
  const before = onAirSlide(ctx);
  inTransaction(ctx, () => {
    putSetting(ctx.db, ON_AIR, after);
    putSetting(ctx.db, NEXT, before);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.switch', entity: 'projector', before, after });
  });
  return announce(ctx, true);
}

/** Emergency black screen, on or off as told (never a flip a retry would undo). The slide underneath stays on air. */
export function setBlack(ctx: CongressContext, on: boolean): ProjectorStage {
  inTransaction(ctx, () => {
    const before = isBlack(ctx);
    putSetting(ctx.db, BLACK, on);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.black', entity: 'projector', before, after: on });
  });
  return announce(ctx, true);
}

export function setTheme(ctx: CongressContext, next: ProjectorTheme): ProjectorStage {
  inTransaction(ctx, () => {
    const before = theme(ctx);
    putSetting(ctx.db, THEME, next);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.theme', entity: 'projector', before, after: next });
  });
  return announce(ctx, true);
}

/**
 * Holds the paged slide on air on `page` (from 0; negative from the end), or lets its pages turn by
 * themselves again (null): an explicit state, so a retried command lands on the same page.
 */
export function holdPage(ctx: CongressContext, page: number | null): ProjectorStage {
  const before = onAirSlide(ctx);
  if (!PAGED_SLIDES.includes(before.slide)) throw AppError.of('INVALID_INPUT', 'projector.notPaged');
  const after = normaliseSlide({ ...before, page });
  inTransaction(ctx, () => {
    putSetting(ctx.db, ON_AIR, after);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.page', entity: 'projector', before, after });
  });
  return announce(ctx, true);
}

/**
 * What the hall sees after a command's events, or null when none of them can change it (see
 * WALL_EVENTS): paper entry on a ballot that is not on air costs nothing. A check-in's event already
 * carries the session's attendance, so the view does not count it a second time.
 */
export function wallViewAfter(ctx: CongressContext, events: readonly PendingEvent[]): ProjectorView | null {
  const onAir = onAirSlide(ctx);
  if (!events.some((e) => WALL_EVENTS[e.name as EventName]?.(onAir, e.payload))) return null;
  const attendance = events.findLast((e) => e.name === 'attendance:changed')?.payload as EventPayload<'attendance:changed'> | undefined;
  return viewOf(ctx, onAir, isBlack(ctx), attendance?.summary);
}
