import type { CommandName } from '../../shared/contract/channels';
import {
  attendanceList,
  attendanceSummary,
  checkInByCode,
  checkInById,
  markAbsent,
  resolveSession,
  undoCheckIn,
} from '../services/checkin-service';
import { acknowledgeAnomaly, anomaliesOf } from '../services/checkin-anomaly-service';
import { createSession, renameSession, setCurrentSession, updateSettings } from '../services/congress-service';
import { createDelegate, editDelegate, removeDelegate, searchDelegates } from '../services/delegate-service';
import {
  holdPage,
  projectorStage,
  projectorView,
  projectSlide,
  queueSlide,
  setBlack,
  setTheme,
  switchSlide,
} from '../services/projector-service';
import { importRoster, previewRoster } from '../services/roster-service';
import { createAgendaHandlers } from './agenda-handlers';
import { createBallotHandlers } from './ballot-handlers';
import { createScanHandlers } from './scan-handlers';
import { createVoteHandlers } from './vote-handlers';
import { createNetworkHandlers } from './network-handlers';
import { assertIntact, type PurposeKey } from '../db/integrity';
import { EXPORT_PURPOSE } from '../export/export-types';
import type { HandlerHost } from './handler-host';
import type { FileHandlers, Handlers } from './handler-table';

/**
 * Commands whose result becomes official or leaves the app: ending a count, a hand count, the
 * tally, publishing, finalizing, every export. Each first runs SQLite's full integrity check
 * (main/db/integrity.ts): a damaged index must not make a count miss a paper without a word. A
 * failure answers FILE_DAMAGED with the newest usable copy offered, and the command does not run.
 * Not the live progress after each paper (ballots:progress): the check would slow every entry.
 */
export const INTEGRITY_CHECKED = {
  'ballots:count': 'endCount',
  'ballots:aggregate': 'handCount',
  'ballots:tally': 'tally',
  'ballots:publish': 'publish',
  'ballots:finalize': 'finalize',
  'exports:run': EXPORT_PURPOSE,
} as const satisfies Partial<Record<CommandName, PurposeKey>>;

/**
 * Checked where the work runs, on the consistent copy it reads (main/export/export-runner.ts): the
 * full check of a national file takes a good part of a second, which the engine's thread must not
 * spend while check-ins wait. The copy holds the file's pages as they are, so it fails alike.
 */
const CHECKED_ON_THE_COPY: ReadonlySet<string> = new Set<keyof typeof INTEGRITY_CHECKED>(['exports:run']);

type AnyHandler = (input: never) => unknown;

function checkedFirst(engine: HandlerHost, handlers: Handlers): Handlers {
  const out: Record<string, AnyHandler> = { ...handlers };
  for (const [name, purpose] of Object.entries(INTEGRITY_CHECKED)) {
    if (CHECKED_ON_THE_COPY.has(name)) continue;
    const run = out[name]!;
    out[name] = (input) => {
      const { db, path } = engine.context();
      engine.backups.offerOnFailure(path, () => assertIntact(db, path, purpose));
      return run(input);
    };
  }
  return out as Handlers;
}

export function createHandlers(engine: HandlerHost, fileHandlers: FileHandlers): Handlers {
  const ctx = () => engine.context();
  return checkedFirst(engine, {
    'app:state': () => engine.state(),
    'congress:create': (i) => engine.create(i.name, i.path),
    'congress:open': (i) => engine.open(i.path),
    'congress:openDemo': () => engine.openDemo(),
    'congress:close': () => engine.close(),
    'congress:update': (i) => updateSettings(ctx(), i),
    'sessions:create': (i) => createSession(ctx(), i.title, i.date ?? null),
    'sessions:update': (i) => renameSession(ctx(), i.id, i.title, i.date),
    'sessions:setCurrent': (i) => setCurrentSession(ctx(), i.id),
    'delegates:list': () => ctx().delegates(),
    'delegates:search': (i) => searchDelegates(ctx(), i.query, i.limit),
    'delegates:create': (i) => createDelegate(ctx(), i),
    'delegates:update': (i) => editDelegate(ctx(), i),
    'delegates:remove': (i) => (removeDelegate(ctx(), i.id, i.reason ?? null), null),
    'roster:preview': (i) => previewRoster(ctx(), i),
    'roster:import': (i) => importRoster(ctx(), i, i.onlyValid ?? false),
    'checkin:scan': (i) => checkInByCode(ctx(), i.code, i.sessionId),
    'checkin:mark': (i) => checkInById(ctx(), i.delegateId, i.sessionId),
    'checkin:undo': (i) => (undoCheckIn(ctx(), i.delegateId, i.sessionId), null),
    'checkin:anomalies': (i) => anomaliesOf(ctx(), resolveSession(ctx(), i.sessionId)),
    'checkin:acknowledgeAnomaly': (i) => acknowledgeAnomaly(ctx(), i.id),
    'attendance:markAbsent': (i) => markAbsent(ctx(), i.delegateId, i.reason, i.sessionId),
    'attendance:list': (i) => attendanceList(ctx(), i.sessionId),
    'attendance:summary': (i) => attendanceSummary(ctx(), i.sessionId),
    'projector:set': (i) => projectSlide(ctx(), i),
    'projector:view': () => projectorView(ctx()),
    'projector:stage': () => projectorStage(ctx()),
    'projector:queue': (i) => queueSlide(ctx(), i.next),
    'projector:switch': () => switchSlide(ctx()),
    'projector:black': (i) => setBlack(ctx(), i.on),
    'projector:theme': (i) => setTheme(ctx(), i.theme),
    'projector:page': (i) => holdPage(ctx(), i.page),
    ...createBallotHandlers(ctx),
    ...createScanHandlers(ctx),
    ...createAgendaHandlers(ctx, () => engine.workspace.dir),
    ...createVoteHandlers(ctx),
    ...createNetworkHandlers(engine),
    ...fileHandlers,
  });
}
