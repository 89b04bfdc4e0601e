/**
 * The engine as main sees it when it runs in another process: the EngineApi over a port
 * (protocol.ts). Calls are numbered and answered by number; events are handed on in the order they
 * arrive, which is the order the engine delivered them, each before its command's answer.
 *
 * When the engine process dies, every call still waiting is answered "connection lost" (the
 * window's client sends it once more under the same request id: main/engine/request-ledger.ts
 * makes that safe), the process is started again and the file that was open is reopened. Nothing
 * acknowledged is lost: the engine answers only after its transaction has committed to the file,
 * and the dead process's lock on the file went with it.
 */
import type { CommandEnvelope } from '../../shared/contract/envelope';
import type { CommandName, CommandOutput, EventName, EventPayload } from '../../shared/contract/channels';
import { AppError, type AppErrorData, type Result } from '../../shared/contract/result';
import { renderMessage } from '../../shared/i18n/messages';
import type { AppState, CongressInfo } from '../../shared/contract/types';
import type { EngineListener } from '../engine/engine';
import type { EngineApi } from './engine-api';
import { type EngineCall, type EngineChild, type EngineStart, fromEngineSchema } from './protocol';

/** What the proxy tells main about the process itself (lifecycle.ts says it to the operator). */
export type EngineStatus =
  | { kind: 'lost'; exitCode: number | null }
  | { kind: 'restored'; runId: string; reopened: string | null; problem: AppErrorData | null }
  | { kind: 'stopped'; error: AppErrorData };

export interface EngineProxyOptions {
  /** Starts one engine process: Electron's utilityProcess in the app, child_process.fork in tests. */
  spawn(): EngineChild;
  start: EngineStart;
  /** Deaths allowed within `restartWindowMs` before the proxy stops restarting (a crash loop). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** From spawn to `ready`; a process that says nothing by then is ended. */
  readyTimeoutMs?: number;
  /** How long a clean shutdown may take before the process is simply ended (its commits are already durable). */
  shutdownTimeoutMs?: number;
}

type CallBody = EngineCall extends infer C ? (C extends EngineCall ? Omit<C, 'id'> : never) : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

function stopped(exitCode: number | null): AppError {
  return AppError.of('INTERNAL', 'engine.stopped', undefined, { connection: 'lost', engine: 'stopped', exitCode });
}

function gaveUp(deaths: number): AppError {
  return AppError.of('INTERNAL', 'engine.gaveUp', { count: deaths }, { engine: 'gaveUp', deaths });
}

function closed(): AppError {
  return AppError.of('INTERNAL', 'engine.closing', undefined, { engine: 'closed' });
}

/** What the engine threw for a call, kept as the data it sent: errors pass through main untouched. */
export class EngineCallError extends Error {
  constructor(readonly data: AppErrorData) {
    super(renderMessage('vi', data)); // for the log: what crosses is the data, code + key + params
    this.name = 'EngineCallError';
  }
}

function errorData(error: unknown): AppErrorData {
  if (error instanceof EngineCallError) return error.data;
  if (error instanceof AppError) return error.toData();
  const detail = error instanceof Error ? error.message : String(error);
  return AppError.of('INTERNAL', 'engine.internal', { detail }).toData();
}

/** One engine process, from spawn to exit: its calls in flight and its messages. */
class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private gone = false;
  runId = '';
  readonly exited: Promise<number | null>;

  constructor(
    readonly child: EngineChild,
    private readonly handlers: {
      event(name: EventName, payload: unknown, stamp: { runId: string; seq: number }): void;
      hello(): void;
      ready(runId: string): void;
      fatal(message: string): void;
    },
  ) {
    child.onMessage((raw) => this.receive(raw));
    this.exited = new Promise((resolve) => child.onExit(resolve));
  }

  call(body: CallBody): Promise<unknown> {
    if (this.gone) return Promise.reject(stopped(null));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.postMessage({ ...body, id } as EngineCall);
    });
  }

  /** The process has ended: whatever was waiting gets `error`. */
  fail(error: AppError): void {
    this.gone = true;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(raw: unknown): void {
    const parsed = fromEngineSchema.safeParse(raw);
    if (!parsed.success) {
      console.error('[engine-proxy] ignored a malformed message from the engine', parsed.error.message);
      return;
    }
    const m = parsed.data;
    switch (m.type) {
      case 'hello':
        return this.handlers.hello();
      case 'ready':
        this.runId = m.runId;
        return this.handlers.ready(m.runId);
      case 'fatal':
        return this.handlers.fatal(m.message);
      case 'event':
        return this.handlers.event(m.name as EventName, m.payload, m.stamp);
      case 'answer': {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (!p) return;
        if (m.thrown !== undefined) p.reject(new EngineCallError(m.thrown as AppErrorData));
        else p.resolve(m.value);
      }
    }
  }
}

export class EngineProxy implements EngineApi {
  readonly workspace: { readonly dir: string };
  private readonly listeners = new Set<EngineListener>();
  private readonly statusListeners = new Set<(status: EngineStatus) => void>();
  /** The running engine, or the one being started; rejected once the proxy has given up. */
  private current: Promise<Connection>;
  /** The process whose death means a restart: ready, and its file reopened if it was a restart. */
  private live: Connection | null = null;
  private closing = false;
  private deaths: number[] = [];
  /** The congress file open in the engine, as its events last said: what a restart reopens. */
  private openPath_: string | null = null;

  private constructor(private readonly options: EngineProxyOptions) {
    this.workspace = { dir: options.start.workspaceDir };
    this.current = this.launch().then((conn) => (this.live = conn));
  }

  /** Starts the engine process and resolves once it is ready; rejects when it cannot start. */
  static async start(options: EngineProxyOptions): Promise<EngineProxy> {
    const proxy = new EngineProxy(options);
    await proxy.current;
    return proxy;
  }

  get openPath(): string | null {
    return this.openPath_;
  }

  on(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  invoke<C extends CommandName>(channel: C, input: unknown, envelope?: CommandEnvelope): Promise<Result<CommandOutput<C>>>;
  invoke(channel: string, input: unknown, envelope?: CommandEnvelope): Promise<Result<unknown>>;
  async invoke(channel: string, input: unknown, envelope?: CommandEnvelope): Promise<Result<unknown>> {
    try {
      return (await this.call({ type: 'invoke', channel, input, ...(envelope ? { envelope } : {}) })) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: errorData(error) }; // a window's call always answers a Result
    }
  }

  async state(): Promise<AppState> {
    return (await this.call({ type: 'state' })) as AppState;
  }

  async startUp(): Promise<CongressInfo | null> {
    return (await this.call({ type: 'startUp' })) as CongressInfo | null;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const conn = await this.current.catch(() => null);
    if (!conn) return;
    const timeout = this.options.shutdownTimeoutMs ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([conn.call({ type: 'shutdown' }), new Promise((resolve) => (timer = setTimeout(resolve, timeout)))]);
    } catch (error) {
      console.error('[engine-proxy] the engine did not close cleanly', error);
    } finally {
      clearTimeout(timer);
      conn.child.kill(); // closed (or stuck): its commits are in the file either way
      await conn.exited;
    }
  }

  private async call(body: CallBody): Promise<unknown> {
    if (this.closing) throw closed();
    const conn = await this.current;
    return conn.call(body);
  }

  private deliver(name: EventName, payload: unknown, stamp: { runId: string; seq: number }): void {
    if (name === 'congress:changed') this.openPath_ = (payload as EventPayload<'congress:changed'>).congress?.path ?? null;
    for (const l of this.listeners) {
      try {
        l(name, payload as never, stamp);
      } catch (error) {
        console.error('[engine-proxy] listener failed', error); // one broken window must not stop the others
      }
    }
  }

  private status(status: EngineStatus): void {
    for (const l of this.statusListeners) l(status);
  }

  /** One engine process up to `ready`; it rejects when the process says fatal, dies or stays silent. */
  private launch(): Promise<Connection> {
    return new Promise((resolve, reject) => {
      let ready = false;
      const child = this.options.spawn();
      const conn: Connection = new Connection(child, {
        event: (name, payload, stamp) => this.deliver(name, payload, stamp),
        hello: () => child.postMessage({ type: 'start', options: this.options.start }),
        ready: () => {
          ready = true;
          clearTimeout(timer);
          resolve(conn);
        },
        fatal: (message) => {
          console.error('[engine-proxy] the engine could not start', message);
          reject(new Error(message));
          child.kill();
        },
      });
      const timer = setTimeout(() => {
        reject(new Error(`no answer from the engine process within ${this.options.readyTimeoutMs ?? 30_000} ms`));
        child.kill();
      }, this.options.readyTimeoutMs ?? 30_000);
      void conn.exited.then((code) => {
        clearTimeout(timer);
        conn.fail(this.closing ? closed() : stopped(code));
        if (!ready) reject(new Error(`the engine process ended before it was ready (exit code ${code})`));
        else if (!this.closing && conn === this.live) this.died(code);
      });
    });
  }

  /** The running engine died: restart it and reopen its file, unless it keeps dying. */
  private died(exitCode: number | null): void {
    console.error(`[engine-proxy] the engine process ended unexpectedly (exit code ${exitCode}); restarting it`);
    this.live = null;
    this.status({ kind: 'lost', exitCode });
    this.current = this.restart();
    this.current.catch((error: unknown) => this.status({ kind: 'stopped', error: errorData(error) }));
  }

  private async restart(): Promise<Connection> {
    const max = this.options.maxRestarts ?? 3;
    const windowMs = this.options.restartWindowMs ?? 60_000;
    for (;;) {
      const now = Date.now();
      this.deaths = [...this.deaths.filter((t) => now - t < windowMs), now];
      if (this.deaths.length > max) throw gaveUp(this.deaths.length); // a crash loop: restarting again would not help
      let conn: Connection;
      try {
        conn = await this.launch();
      } catch (error) {
        if (this.closing) throw closed();
        console.error('[engine-proxy] restart failed', error);
        continue;
      }
      const path = this.openPath_;
      let problem: AppErrorData | null;
      try {
        problem = (await conn.call({ type: 'reopen', path })) as AppErrorData | null;
      } catch (error) {
        console.error('[engine-proxy] the restarted engine died while reopening', error);
        conn.child.kill();
        continue;
      }
      this.live = conn;
      if (problem) console.error(`[engine-proxy] ${path} did not reopen after the restart`, problem);
      this.status({ kind: 'restored', runId: conn.runId, reopened: problem ? null : path, problem });
      return conn;
    }
  }
}
