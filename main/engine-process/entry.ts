/**
 * The engine process: one Engine, served over a port (protocol.ts). Nothing here knows Electron:
 * the app's utility process passes process.parentPort in (main/electron/engine-child.ts), tests a
 * Node child process's IPC channel (node-child.ts). The congress file, its lock and the one-writer
 * rule (main/db/open-files.ts) live in this process, so they end with it.
 */
import { type CommandName } from '../../shared/contract/channels';
import { AppError, type AppErrorData } from '../../shared/contract/result';
import type { CommandEnvelope } from '../../shared/contract/envelope';
import { Engine } from '../engine/engine';
import { type EngineCall, type EngineStart, type FromEngine, type ParentPort, toEngineSchema } from './protocol';

function thrownData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const detail = error instanceof Error ? error.message : String(error);
  return AppError.of('INTERNAL', 'engine.internalInEngine', { detail }).toData();
}

/** What the host that starts this process attaches to its Engine: ended before the engine closes. */
export interface EngineAttachment {
  detach(): Promise<void>;
}

export interface EngineHooks {
  /**
   * The Engine just made, before main hears `ready` (so before any congress opens): the host
   * attaches what this layer may not import, e.g. the hall gateway (main/electron/engine-hall.ts).
   */
  onEngine?(engine: Engine): EngineAttachment | void;
}

/** Runs one call; invoke answers its Result, the others their value (or what they threw). */
async function answer(engine: Engine, call: EngineCall, attached: EngineAttachment | null): Promise<unknown> {
  switch (call.type) {
    case 'invoke':
      return engine.invoke(call.channel as CommandName, call.input, call.envelope as CommandEnvelope | undefined);
    case 'state':
      return engine.state();
    case 'startUp':
      return engine.startUp();
    case 'reopen':
      return reopen(engine, call.path);
    case 'shutdown':
      await attached?.detach();
      return engine.close();
  }
}

/**
 * After the previous engine process died: the file it had open, as it was at its last commit.
 * When it will not reopen, the windows still believed it open: they are told nothing is.
 */
function reopen(engine: Engine, path: string | null): AppErrorData | null {
  if (!path) return null;
  try {
    engine.open(path);
    return null;
  } catch (error) {
    engine.notifyNow('congress:changed', { congress: null });
    return thrownData(error);
  }
}

export function serveEngine(port: ParentPort, hooks: EngineHooks = {}): void {
  let engine: Engine | null = null;
  let attached: EngineAttachment | null = null;
  const post = (message: FromEngine) => port.postMessage(message);

  const start = (options: EngineStart): void => {
    try {
      engine = new Engine(options);
    } catch (error) {
      post({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
    // Events cross in the order the engine delivers them, before the answer of the command that made them.
    engine.on((name, payload, stamp) => post({ type: 'event', name, payload, stamp }));
    try {
      attached = hooks.onEngine?.(engine) ?? null;
    } catch (error) {
      post({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
    post({ type: 'ready', runId: engine.eventLog.runId });
  };

  port.on('message', (raw) => {
    const parsed = toEngineSchema.safeParse(raw);
    if (!parsed.success) {
      // Start options it cannot use: main is told at once rather than left waiting for `ready`.
      if ((raw as { type?: unknown } | null)?.type === 'start' && !engine) post({ type: 'fatal', message: parsed.error.message });
      else console.error('[engine-process] ignored a malformed message', parsed.error.message);
      return;
    }
    const message = parsed.data;
    if (message.type === 'start') {
      if (!engine) start(message.options);
      return;
    }
    const running = engine;
    if (!running) {
      post({ type: 'answer', id: message.id, thrown: thrownData(new Error('engine not started')) });
      return;
    }
    answer(running, message, attached).then(
      (value) => post({ type: 'answer', id: message.id, value }),
      (error: unknown) => post({ type: 'answer', id: message.id, thrown: thrownData(error) }),
    );
  });
  post({ type: 'hello' });
}
