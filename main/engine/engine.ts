import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import {
  type CommandName,
  type CommandOutput,
  commands,
  type EventName,
  type EventPayload,
} from '../../shared/contract/channels';
import { AppError, type Result } from '../../shared/contract/result';
import type { AppState, CongressInfo } from '../../shared/contract/types';
import { type DB, openCongressDb } from '../db/connection';
import { getCongressSettings } from '../db/congress';
import { seedDemoMeeting } from '../demo/demo-meeting';
import { DEMO_CONGRESS, DEMO_SESSIONS } from '../demo/demo-congress';
import { generateDemoRoster } from '../demo/demo-roster';
import { congressInfo, DEFAULT_SETTINGS, initialiseCongress } from '../services/congress-service';
import type { Clock, CongressContext, PendingEvent } from '../services/context';
import { insertDelegate, listActiveDelegates } from '../db/delegates';
import type { Delegate } from '../../shared/domain/delegate';
import { appendAudit } from '../db/audit';
import { wallViewAfter } from '../services/projector-service';
import { createHandlers, type Handlers } from './handlers';
import { Workspace } from './workspace';
import { APP_VERSION, SCHEMA_VERSION } from '../app-version';
import { type BackupOptions, BackupManager } from '../backup/backup-manager';

export type EngineListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface EngineOptions {
  workspaceDir: string;
  appVersion?: string;
  now?: Clock;
  /** The CLI and tests leave the user's recent-files list alone. */
  rememberRecent?: boolean;
  backups?: BackupOptions;
}

/**
 * The congress engine: holds the open congress file, runs every command of the contract through
 * its schema, and delivers events to every window after the command's transaction has committed.
 * Electron IPC, the browser host and the CLI are all thin callers of `invoke`.
 */
export class Engine {
  private open_: { db: DB; path: string; delegates: Delegate[] | null } | null = null;
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
  private readonly rememberRecent: boolean;

  constructor(options: EngineOptions) {
    this.workspace = new Workspace(options.workspaceDir);
    this.backups = new BackupManager({ now: () => this.now(), current: () => this.open_ }, this.workspace.dir, options.backups);
    this.now = options.now ?? (() => new Date().toISOString());
    this.appVersion = options.appVersion ?? APP_VERSION; // Electron passes app.getVersion(): the same package.json
    this.rememberRecent = options.rememberRecent ?? true;
    this.handlers = createHandlers(this);
  }

  on(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event at once, not after a transaction: progress of a long read-only command (exports). */
  notifyNow<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.deliver(name, payload);
  }

  /** Validates the payload against the contract, runs the handler, answers a Result. */
  async invoke<C extends CommandName>(channel: C, rawInput: unknown): Promise<Result<CommandOutput<C>>>;
  async invoke(channel: string, rawInput: unknown): Promise<Result<unknown>>;
  async invoke(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!Object.hasOwn(commands, channel)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Lệnh không tồn tại: ${channel}`, messageEn: `Unknown command: ${channel}` } };
    }
    const name = channel as CommandName;
    const parsed = commands[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const detail = z.prettifyError(parsed.error);
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: `Dữ liệu gửi lên không hợp lệ (${name}): ${detail}`, messageEn: `Invalid input for ${name}: ${detail}` },
      };
    }
    const events: PendingEvent[] = [];
    try {
      const handler = this.handlers[name] as (input: unknown) => unknown;
      const value = await this.invocation.run(events, () => handler(parsed.data));
      this.flush(events);
      this.backups.commandDone(name);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      console.error(`[engine] ${name} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'INTERNAL', message: `Lỗi nội bộ: ${message}. Dữ liệu không bị thay đổi.`, messageEn: `Internal error: ${message}. Nothing was changed.` } };
    }
  }

  /** Typed direct call for in-process callers (CLI, tests): throws the AppError instead. */
  async call<C extends CommandName>(channel: C, input: unknown): Promise<CommandOutput<C>> {
    const result = await this.invoke(channel, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.messageEn, result.error.details);
    return result.value;
  }

  private flush(events: readonly PendingEvent[]): void {
    const view = this.open_ ? wallViewAfter(this.context(), events) : null;
    for (const e of events) this.deliver(e.name, e.payload);
    if (view) this.deliver('projector:changed', { view });
  }

  private deliver<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) {
      try {
        l(name, payload);
      } catch (error) {
        console.error('[engine] listener failed', error); // one broken window must not stop the others
      }
    }
  }

  context(): CongressContext {
    if (!this.open_) {
      throw new AppError('NO_CONGRESS_OPEN', 'Chưa mở đại hội nào. Hãy tạo mới, mở tệp hoặc mở đại hội mẫu.', 'No congress is open. Create one, open a file or open the demo.');
    }
    const open = this.open_;
    return {
      db: open.db,
      path: open.path,
      now: this.now,
      delegates: () => (open.delegates ??= listActiveDelegates(open.db)),
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
      congress: this.open_ ? congressInfo(this.open_.db, this.open_.path) : null,
      recent: this.workspace.recent(),
      workspaceDir: this.workspace.dir,
    };
  }

  private attach(db: DB, path: string): CongressInfo {
    this.detach();
    this.open_ = { db, path, delegates: null };
    this.backups.opened(db);
    const info = congressInfo(db, path);
    if (this.rememberRecent) this.workspace.remember(path, info.settings.name, this.now());
    this.context().emit('congress:changed', { congress: info });
    return info;
  }

  private detach(): void {
    if (!this.open_) return;
    const { db, path } = this.open_;
    this.backups.closing(db, path);
    this.open_ = null;
    db.close();
  }

  create(name: string, path?: string): CongressInfo {
    const target = this.workspace.resolveNewFile(name, path);
    const db = openCongressDb(target, { create: true });
    const ctx = this.detachedContext(db, target);
    initialiseCongress(ctx, { ...DEFAULT_SETTINGS, name });
    return this.attach(db, target);
  }

  open(path: string): CongressInfo {
    if (this.open_?.path === path) return congressInfo(this.open_.db, path);
    const db = this.backups.offerOnFailure(path, () => openCongressDb(path, { create: false }));
    if (!getCongressSettings(db)) {
      db.close();
      throw new AppError('FILE_NOT_CONGRESS', `Tệp «${path}» không chứa thông tin đại hội.`, `"${path}" holds no congress.`);
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
    const db = openCongressDb(path, { create: true });
    const ctx = this.detachedContext(db, path);
    initialiseCongress(ctx, DEMO_CONGRESS, DEMO_SESSIONS);
    db.transaction(() => {
      const at = this.now();
      const roster = generateDemoRoster();
      for (const d of roster) insertDelegate(db, { ...d, code: d.code! }, at);
      appendAudit(db, at, { action: 'roster.import', entity: 'roster', after: { fileName: '(demo)', imported: roster.length } });
    })();
    seedDemoMeeting(ctx);
    return this.attach(db, path);
  }

  /** For filling a new file before it becomes the open congress: nobody is listening yet. */
  private detachedContext(db: DB, path: string): CongressContext {
    return { db, path, now: this.now, delegates: () => listActiveDelegates(db), emit: () => {} };
  }

  close(): null {
    const wasOpen = this.open_ !== null;
    this.detach();
    if (wasOpen) this.deliver('congress:changed', { congress: null });
    return null;
  }

  /** Reopens the last congress used, if it is still there; start-up never fails because of it. */
  reopenLast(): CongressInfo | null {
    const last = this.workspace.lastOpened();
    if (!last) return null;
    try {
      return this.open(last.path);
    } catch (error) {
      console.warn(`[engine] could not reopen ${last.path}:`, (error as Error).message);
      return null;
    }
  }
}
