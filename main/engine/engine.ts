import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import { type CommandName, type CommandOutput, commands, type EventName, type EventPayload } from '../../shared/contract/channels';
import { AppError, type AppErrorData, type Result } from '../../shared/contract/result';
import { inputIssues } from '../../shared/i18n/zod-issues';
import { renderMessage } from '../../shared/i18n/messages';
import type { AppState, CongressInfo } from '../../shared/contract/types';
import type { DB } from '../db/db';
import { openCongressDb } from '../db/connection';
import { getCongressSettings } from '../db/congress';
import { seedDemoMeeting } from '../demo/demo-meeting';
import { DEMO_CONGRESS, DEMO_SESSIONS } from '../demo/demo-congress';
import { generateDemoRoster } from '../demo/demo-roster';
import { DEFAULT_SETTINGS } from '../../shared/domain/congress-defaults';
import { congressInfo, initialiseCongress } from '../services/congress-service';
import type { Clock, CongressContext, PendingEvent } from '../services/context';
import { insertDelegate, listActiveDelegates } from '../db/delegates';
import type { Delegate } from '../../shared/domain/delegate';
import { appendAudit } from '../db/audit';
import { wallViewAfter } from '../services/projector-service';
import { createHandlers } from './handlers';
import type { Handlers } from './handler-table';
import { createBackupHandlers } from './backup-handlers';
import { createExportHandlers } from './export-handlers';
import { Workspace } from './workspace';
import { APP_VERSION, SCHEMA_VERSION } from '../app-version';
import { type BackupOptions, BackupManager } from '../backup/backup-manager';
import { reopenProblem, restoreInterruptedProblem } from '../backup/reopen-problem';
import { settleInterruptedRestore } from '../backup/restore-marker';
import { createWhole } from '../files/new-file';
import { fileIdentity, sameIdentity } from '../db/open-files';
import type { FileLoss } from '../../shared/contract/types';
import { FileGuard } from './file-guard';
import { fileLostError, release, rescue } from './file-rescue';
import { withOpenNotice } from './open-notice';
import type { CommandEnvelope, EventStamp } from '../../shared/contract/envelope';
import { currentCaller, withCaller } from '../db/audit-actor';
import { EventLog } from './event-log';
import { RequestLedger, type RequestTicket } from './request-ledger';

type KeptWork = Parameters<NonNullable<CongressContext['keepOnRefusal']>>[0];

/** Commands that choose the file itself: they run even once the open file is lost. */
const FILE_COMMANDS: ReadonlySet<string> = new Set([
  'app:state',
  'congress:create',
  'congress:open',
  'congress:openDemo',
  'congress:close',
]);

/** How often the open file is looked at between commands: a loss is noticed within this. */
const FILE_WATCH_MS = 1000;

/** `stamp`: the event's number in this run of the engine (event-log.ts), passed on by every transport. */
export type EngineListener = <E extends EventName>(name: E, payload: EventPayload<E>, stamp: EventStamp) => void;

export interface EngineOptions {
  workspaceDir: string;
  appVersion?: string;
  now?: Clock;
  /** The CLI and tests leave the user's recent-files list alone. */
  rememberRecent?: boolean;
  backups?: BackupOptions;
  /** How many recent events a reconnecting client can catch up on (event-log.ts); tests set a small ring. */
  eventRing?: number;
}

/**
 * The congress engine: holds the open congress file, runs every command of the contract through
 * its schema, and delivers events to every window after the command's transaction has committed.
 * Electron IPC, the browser host and the CLI are all thin callers of `invoke`.
 */
export class Engine {
  private open_: { db: DB; path: string; delegates: Delegate[] | null; guard: FileGuard } | null = null;
  /** Set once the open file was taken away under the app: every command is refused until a file is opened. */
  private lost: FileLoss | null = null;
  /** Why the last congress was not reopened at start-up (reopenLast); cleared once a file is open. */
  private startupProblem: AppErrorData | null = null;
  private fileWatch: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<EngineListener>();
  private readonly handlers: Handlers;
  readonly workspace: Workspace;
  readonly backups: BackupManager;
  readonly now: Clock;
  readonly appVersion: string;
  /**
   * Each invocation collects its own events (delivered after it answers, once its transaction has
   * committed): two commands in flight at once, one of them awaiting, must not drop each other's.
   */
  private readonly invocation = new AsyncLocalStorage<PendingEvent[]>();
  /** What a command must leave even when refused (CongressContext.keepOnRefusal), collected the same way. */
  private readonly kept = new AsyncLocalStorage<KeptWork[]>();
  private readonly rememberRecent: boolean;
  /** Request ids and their answers: a retried command runs once (request-ledger.ts). */
  private readonly requests = new RequestLedger();
  readonly eventLog: EventLog;

  constructor(options: EngineOptions) {
    this.workspace = new Workspace(options.workspaceDir);
    this.backups = new BackupManager({ now: () => this.now(), current: () => this.open_ }, this.workspace.dir, options.backups);
    this.now = options.now ?? (() => new Date().toISOString());
    this.appVersion = options.appVersion ?? APP_VERSION; // Electron passes app.getVersion(): the same package.json
    this.rememberRecent = options.rememberRecent ?? true;
    this.handlers = createHandlers(this, { ...createBackupHandlers(this), ...createExportHandlers(this) });
    this.eventLog = new EventLog(options.eventRing);
  }

  on(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event at once, not after a transaction: progress of a long read-only command (exports). */
  notifyNow<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.deliver(name, payload);
  }

  /**
   * Validates the payload against the contract, runs the handler, answers a Result. The envelope,
   * filled by the transport, says who calls (checked against shared/contract/roles.ts) and carries
   * the request id under which a writing command runs once (request-ledger.ts).
   */
  async invoke<C extends CommandName>(channel: C, rawInput: unknown, envelope?: CommandEnvelope): Promise<Result<CommandOutput<C>>>;
  async invoke(channel: string, rawInput: unknown, envelope?: CommandEnvelope): Promise<Result<unknown>>;
  async invoke(channel: string, rawInput: unknown, envelope?: CommandEnvelope): Promise<Result<unknown>> {
    if (!Object.hasOwn(commands, channel)) {
      return { ok: false, error: AppError.of('INVALID_INPUT', 'engine.unknownCommand', { channel }).toData() };
    }
    const name = channel as CommandName;
    const parsed = commands[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const detail = z.prettifyError(parsed.error);
      return {
        ok: false,
        // The issues travel as path + zod code + parameters so each side can render them in its language.
        error: AppError.of(
          'INVALID_INPUT',
          'engine.invalidInput',
          { channel: name, detail },
          { issues: inputIssues(parsed.error) },
        ).toData(),
      };
    }
    const admitted = this.requests.admit(name, parsed.data, envelope, this.open_?.db ?? null);
    if ('answer' in admitted) return admitted.answer;
    // Who sent it, for its audit entries and the services: the transport's caller, else the one around this call (the CLI's).
    const caller = envelope?.caller ?? currentCaller();
    const answer = withCaller(caller, () => this.execute(name, parsed.data, admitted.ticket));
    if (admitted.ticket) this.requests.remember(admitted.ticket, answer);
    return answer;
  }

  private async execute(name: CommandName, input: unknown, ticket: RequestTicket | null): Promise<Result<unknown>> {
    const guarded = !FILE_COMMANDS.has(name);
    if (guarded && (this.lost || this.fileTakenAway())) return { ok: false, error: fileLostError(this.lost!).toData() };
    const events: PendingEvent[] = [];
    const kept: KeptWork[] = [];
    try {
      const handler = this.handlers[name] as (input: unknown) => unknown;
      const value = await this.invocation.run(events, () =>
        this.kept.run(kept, () =>
          this.requests.within(
            ticket,
            () => this.context(),
            () => handler(input),
          ),
        ),
      );
      // Committed, but into a file that was taken away meanwhile: saved in the emergency copy only.
      if (guarded && this.fileTakenAway()) return { ok: false, error: fileLostError(this.lost!, true).toData() };
      this.open_?.guard.record();
      this.flush(events);
      this.backups.commandDone(name);
      return { ok: true, value };
    } catch (error) {
      if (guarded && this.fileTakenAway()) return { ok: false, error: fileLostError(this.lost!, true).toData() };
      if (error instanceof AppError) this.keepRefused(kept, ticket?.requestId ?? null);
      this.open_?.guard.record();
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      console.error(`[engine] ${name} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: AppError.of('INTERNAL', 'engine.internalUnchanged', { detail: message }).toData() };
    }
  }

  /** Typed direct call for in-process callers (CLI, tests): throws the AppError instead. */
  async call<C extends CommandName>(channel: C, input: unknown, envelope?: CommandEnvelope): Promise<CommandOutput<C>> {
    const result = await this.invoke(channel, input, envelope);
    if (!result.ok) throw AppError.fromData(result.error);
    return result.value;
  }

  /** What a refused command must still leave, in a transaction of its own once its own rolled back; its events delivered. */
  private keepRefused(kept: readonly KeptWork[], requestId: string | null): void {
    const open = this.open_;
    if (kept.length === 0 || !open) return;
    const events: PendingEvent[] = [];
    try {
      this.invocation.run(events, () => open.db.transaction(() => kept.forEach((work) => work(requestId)))());
    } catch (error) {
      console.error('[engine] what a refused command keeps could not be written', error); // the refusal still answers
      return;
    }
    this.flush(events);
  }

  private flush(events: readonly PendingEvent[]): void {
    const view = this.open_ ? wallViewAfter(this.context(), events) : null;
    for (const e of events) this.deliver(e.name, e.payload);
    if (view) this.deliver('projector:changed', { view });
  }

  private deliver<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const stamp = this.eventLog.record(name, payload);
    for (const l of this.listeners) {
      try {
        l(name, payload, stamp);
      } catch (error) {
        console.error('[engine] listener failed', error); // one broken window must not stop the others
      }
    }
  }

  context(): CongressContext {
    if (!this.open_) {
      throw AppError.of('NO_CONGRESS_OPEN', 'engine.noCongressOpen');
    }
    const open = this.open_;
    return {
      db: open.db,
      path: open.path,
      now: this.now,
      caller: currentCaller,
      delegates: () => (open.delegates ??= listActiveDelegates(open.db)),
      keepOnRefusal: (work) => this.kept.getStore()?.push(work),
      emit: (name, payload) => {
        if (name === 'delegates:changed') open.delegates = null;
        const events = this.invocation.getStore();
        // Outside a command (a direct call from the CLI or a test) there is nothing to wait for.
        if (events) events.push({ name, payload } as PendingEvent);
        else this.flush([{ name, payload } as PendingEvent]);
      },
    };
  }

  get isOpen(): boolean {
    return this.open_ !== null;
  }

  state(): AppState {
    return {
      appVersion: this.appVersion,
      schemaVersion: SCHEMA_VERSION,
      congress: this.open_ ? withOpenNotice(congressInfo(this.open_.db, this.open_.path), this.open_.db, this.backups) : null,
      recent: this.workspace.recent(),
      workspaceDir: this.workspace.dir,
      fileLost: this.lost,
      startupProblem: this.startupProblem,
    };
  }

  /**
   * Makes `db` the open congress, all or nothing: whatever can fail runs before the congress that
   * was open is let go, so a failed open leaves it open and every window still right about which
   * file check-ins go to. Remembering the recent list never fails an open (Workspace.remember).
   */
  private attach(db: DB, path: string): CongressInfo {
    let info: CongressInfo;
    let guard: FileGuard;
    try {
      info = withOpenNotice(congressInfo(db, path), db, this.backups);
      guard = new FileGuard(path, () => totalChanges(db));
    } catch (error) {
      db.close();
      throw error;
    }
    this.detach();
    this.open_ = { db, path, delegates: null, guard };
    this.lost = null;
    this.startupProblem = null; // a file is open now: what start-up could not reopen is no longer the news
    this.watchFile();
    this.backups.opened(db, path);
    if (this.rememberRecent) this.workspace.remember(path, info.settings.name, this.now());
    this.context().emit('congress:changed', { congress: info });
    return info;
  }

  private detach(): void {
    this.stopWatchingFile();
    if (!this.open_) return;
    const { db, path } = this.open_;
    this.backups.closing(db, path);
    this.open_ = null;
    db.close();
  }

  create(name: string, path?: string): CongressInfo {
    const target = this.workspace.resolveNewFile(name, path);
    const db = this.newCongressFile(target, (ctx) => initialiseCongress(ctx, { ...DEFAULT_SETTINGS, name }));
    return this.attach(db, target);
  }

  open(path: string): CongressInfo {
    // The same file under any spelling (./, //, a symlink, a hard link): it is already open here.
    if (this.open_ && sameIdentity(fileIdentity(path), fileIdentity(this.open_.path))) return congressInfo(this.open_.db, this.open_.path);
    const db = this.backups.offerOnFailure(path, () => openCongressDb(path, { create: false }));
    if (!getCongressSettings(db)) {
      db.close();
      throw AppError.of('FILE_NOT_CONGRESS', 'engine.noCongressInFile', { path });
    }
    return this.attach(db, path);
  }

  /** The built-in demo: a ward-level congress, generated once and then reopened as it was left. */
  openDemo(path = this.workspace.demoPath): CongressInfo {
    try {
      return this.open(path);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'FILE_NOT_FOUND') throw error;
    }
    const db = this.newCongressFile(path, (ctx) => {
      initialiseCongress(ctx, DEMO_CONGRESS, DEMO_SESSIONS);
      ctx.db.transaction(() => {
        const at = this.now();
        const roster = generateDemoRoster();
        for (const d of roster) insertDelegate(ctx.db, { ...d, code: d.code! }, at);
        appendAudit(ctx.db, at, { action: 'roster.import', entity: 'roster', after: { fileName: '(demo)', imported: roster.length } });
      })();
      seedDemoMeeting(ctx);
    });
    return this.attach(db, path);
  }

  /**
   * A new congress file, made whole or not at all: a full disk or a read-only folder halfway through
   * leaves no half-made file behind, and is said with what and where (main/files/fs-errors.ts).
   */
  private newCongressFile(target: string, fill: (ctx: CongressContext) => void): DB {
    return createWhole(
      target,
      { thing: 'createCongress', target },
      () => openCongressDb(target, { create: true }),
      (db) => fill(this.detachedContext(db, target)),
    );
  }

  /** For filling a new file before it becomes the open congress: nobody is listening yet. */
  private detachedContext(db: DB, path: string): CongressContext {
    return { db, path, now: this.now, delegates: () => listActiveDelegates(db), emit: () => {} };
  }

  close(): null {
    this.lost = null;
    const wasOpen = this.open_ !== null;
    this.detach();
    if (wasOpen) this.deliver('congress:changed', { congress: null });
    return null;
  }

  /**
   * True when the open file has just been found deleted, moved, replaced or written over: the
   * emergency copy is written, the connection let go, every window told, and `lost` set.
   */
  private fileTakenAway(): boolean {
    const open = this.open_;
    if (!open || this.lost) return this.lost !== null;
    const kind = open.guard.check();
    if (!kind) return false;
    const loss = rescue(open.db, open.path, kind, this.now(), this.workspace.dir);
    this.lost = loss;
    this.stopWatchingFile();
    console.error(`[engine] ${open.path}: ${kind}; emergency copy ${loss.emergencyCopy ?? `failed: ${loss.emergencyError}`}`);
    // Without a copy the connection is the only place the data lives: keep it until the app ends.
    if (loss.emergencyCopy) {
      this.open_ = null;
      release(open.db, open.path, kind, open.guard.ownsWal());
    }
    this.deliver('congress:fileLost', { loss });
    if (!this.open_) this.deliver('congress:changed', { congress: null }); // menus and windows: nothing open now
    return true;
  }

  private watchFile(): void {
    this.stopWatchingFile();
    this.fileWatch = setInterval(() => this.fileTakenAway(), FILE_WATCH_MS);
    this.fileWatch.unref(); // never keeps the CLI or a test alive
  }

  private stopWatchingFile(): void {
    if (this.fileWatch) clearInterval(this.fileWatch);
    this.fileWatch = null;
  }

  /**
   * Start-up: the congress used last, or the demo on a first run (no recent file at all). When the
   * last one cannot be reopened nothing is opened in its place — never the demo, whose delegate
   * codes overlap real rosters — and `state().startupProblem` says which file and why.
   */
  startUp(): CongressInfo | null {
    if (this.workspace.last()) return this.reopenLast();
    try {
      return this.openDemo();
    } catch (error) {
      // even the demo cannot be made (a workspace that cannot be written): the home screen says why
      const detail = error instanceof Error ? error.message : String(error);
      this.startupProblem = (error instanceof AppError ? error : AppError.of('INTERNAL', 'engine.internal', { detail })).toData();
      return null;
    }
  }

  /**
   * Reopens the last congress used; start-up never fails because of it. A restore the app was
   * killed in the middle of is settled first (the file left whole, old or restored) and reported
   * rather than opened, so the operator sees what happened before anything is entered.
   */
  reopenLast(): CongressInfo | null {
    this.startupProblem = null;
    const last = this.workspace.last();
    if (!last) return null;
    const interrupted = settleInterruptedRestore(last.path);
    if (interrupted) {
      this.startupProblem = restoreInterruptedProblem(
        last.path,
        interrupted.note,
        interrupted.outcome,
        this.backups.latestUsable(last.path),
      );
      console.warn(`[engine] ${renderMessage('en', this.startupProblem)}`);
      return null;
    }
    try {
      return this.open(last.path);
    } catch (error) {
      this.startupProblem = reopenProblem(last.path, error, this.backups.latestUsable(last.path));
      console.warn(`[engine] ${renderMessage('en', this.startupProblem)}`);
      return null;
    }
  }
}

function totalChanges(db: DB): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
