import type { ProjectorView } from '../../shared/contract/types';
import type { SlideKind } from '../../shared/domain/projector';
import { appendAudit } from '../db/audit';
import { getCongressSettings, getCurrentSessionId, getSession } from '../db/congress';
import { getSetting, putSetting } from '../db/settings';
import { attendanceSummary } from './checkin-service';
import { type CongressContext, inTransaction } from './context';

const KEY = 'projector.slide';

export function projectedSlide(ctx: CongressContext): SlideKind {
  return getSetting<SlideKind>(ctx.db, KEY) ?? 'welcome';
}

/** Everything the projector window may read: nothing but what is on the screen. */
export function projectorView(ctx: CongressContext): ProjectorView {
  const sessionId = getCurrentSessionId(ctx.db);
  return {
    slide: projectedSlide(ctx),
    congress: getCongressSettings(ctx.db),
    sessionTitle: sessionId === null ? null : (getSession(ctx.db, sessionId)?.title ?? null),
    attendance: sessionId === null ? null : attendanceSummary(ctx, sessionId),
  };
}

/** Stored, so a restart puts the same slide back on the wall. */
export function projectSlide(ctx: CongressContext, slide: SlideKind): { slide: SlideKind } {
  inTransaction(ctx, () => {
    const before = projectedSlide(ctx);
    putSetting(ctx.db, KEY, slide);
    appendAudit(ctx.db, ctx.now(), { action: 'projector.show', entity: 'projector', before, after: slide });
  });
  ctx.emit('projector:changed', { view: projectorView(ctx) });
  return { slide };
}
