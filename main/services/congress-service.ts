import type { CongressInfo, CongressSession, CongressSettings } from '../../shared/contract/types';
import { appendAudit } from '../db/audit';
import {
  getCongressSettings,
  getCurrentSessionId,
  getSession,
  insertCongress,
  insertSession,
  listSessions,
  setCurrentSessionId,
  updateCongressSettings,
  updateSession,
} from '../db/congress';
import type { DB } from '../db/db';
import { type CongressContext, inTransaction, missing } from './context';

/** The schema version written in the file itself (SQLite user_version), as the About box reports it. */
function fileSchemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function congressInfo(db: DB, path: string): CongressInfo {
  const settings = getCongressSettings(db);
  if (!settings) throw missing('settingsInFile');
  return { path, settings, sessions: listSessions(db), currentSessionId: getCurrentSessionId(db), schemaVersion: fileSchemaVersion(db) };
}

/** Fills a freshly created file: settings, its sessions, the first one current. */
export function initialiseCongress(
  ctx: CongressContext,
  settings: CongressSettings,
  sessionTitles: readonly string[] = ['Phiên chính thức'],
): CongressInfo {
  inTransaction(ctx, () => {
    const at = ctx.now();
    insertCongress(ctx.db, settings, at);
    const sessions = sessionTitles.map((title) => insertSession(ctx.db, title, settings.startDate));
    if (sessions[0]) setCurrentSessionId(ctx.db, sessions[0].id);
    appendAudit(ctx.db, at, { action: 'congress.create', entity: 'congress', entityId: 1, after: { settings, sessionTitles } });
  });
  return congressInfo(ctx.db, ctx.path);
}

function changed(ctx: CongressContext): CongressInfo {
  const info = congressInfo(ctx.db, ctx.path);
  ctx.emit('congress:changed', { congress: info });
  return info;
}

export function updateSettings(ctx: CongressContext, patch: Partial<CongressSettings>): CongressInfo {
  inTransaction(ctx, () => {
    const before = getCongressSettings(ctx.db);
    if (!before) throw missing('settings');
    const after = { ...before, ...patch };
    updateCongressSettings(ctx.db, after);
    appendAudit(ctx.db, ctx.now(), { action: 'congress.update', entity: 'congress', entityId: 1, before, after });
  });
  return changed(ctx);
}

export function createSession(ctx: CongressContext, title: string, date: string | null): CongressSession {
  const session = inTransaction(ctx, () => {
    const s = insertSession(ctx.db, title, date);
    appendAudit(ctx.db, ctx.now(), { action: 'session.create', entity: 'session', entityId: s.id, after: s });
    return s;
  });
  changed(ctx);
  return session;
}

export function renameSession(ctx: CongressContext, id: number, title: string, date: string | null): CongressSession {
  const session = inTransaction(ctx, () => {
    const before = getSession(ctx.db, id);
    if (!before) throw missing('session', { id });
    updateSession(ctx.db, id, title, date);
    const after = { ...before, title, date };
    appendAudit(ctx.db, ctx.now(), { action: 'session.update', entity: 'session', entityId: id, before, after });
    return after;
  });
  changed(ctx);
  return session;
}

export function setCurrentSession(ctx: CongressContext, id: number): CongressInfo {
  inTransaction(ctx, () => {
    if (!getSession(ctx.db, id)) throw missing('session', { id });
    const before = getCurrentSessionId(ctx.db);
    setCurrentSessionId(ctx.db, id);
    appendAudit(ctx.db, ctx.now(), { action: 'session.setCurrent', entity: 'congress', entityId: 1, before, after: id });
  });
  return changed(ctx);
}
