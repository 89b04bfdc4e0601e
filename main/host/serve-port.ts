/**
 * The port of `npm run serve` (PORT, default 4870; PORT=0 picks a free one) and what to say when it
 * is taken: by the Congress Desk already running (its address, from its record in the workspace or
 * recognised by its answer), or by some other program (README "Other commands").
 */
import type { EventPayload } from '../../shared/contract/channels';
import type { AppErrorData } from '../../shared/contract/result';
import { LOCALES, type MessageParams, type SharedKey, t } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { hostAddress, hostHolding, isCongressDeskOn, recordRunningHost, type RunningHostRecord, runningHosts } from './running-hosts';

export const DEFAULT_PORT = 4870;

/**
 * A refusal to start, by key (shared/i18n/vi-files.ts `serve.*`); printed in Vietnamese, then in
 * English, as the console of `npm run serve` has no chosen language. Nothing was opened or changed.
 */
export class StartRefused extends Error {
  constructor(
    readonly key: SharedKey,
    readonly params: MessageParams,
  ) {
    super(LOCALES.map((locale) => t(locale, key, params)).join('\n'));
    this.name = 'StartRefused';
  }
}

export function portFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PORT?.trim();
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new StartRefused('serve.badPort', { text });
  }
  return port;
}

function alreadyRunning(port: number, record: RunningHostRecord | undefined): StartRefused {
  const address = hostAddress(port);
  const next = String(port + 1); // a port, not a quantity: no digit grouping
  if (!record) return new StartRefused('serve.alreadyRunning', { address, next });
  const pid = String(record.pid);
  return record.file
    ? new StartRefused('serve.alreadyRunningFile', { address, next, pid, file: record.file })
    : new StartRefused('serve.alreadyRunningPid', { address, next, pid });
}

/**
 * Before anything is opened: a Congress Desk of this workspace that already runs on the port would
 * hold the congress file too, so starting would fail on the file before it failed on the port.
 */
export async function refuseIfRunningHere(port: number, workspaceDir: string): Promise<void> {
  if (port === 0) return;
  const record = runningHosts(workspaceDir).find((r) => r.port === port);
  if (record && (await isCongressDeskOn(port))) throw alreadyRunning(port, record);
}

/** The message for a port found taken on listening (EADDRINUSE); any other error is passed on. */
export async function explainListenError(error: unknown, port: number, workspaceDir: string): Promise<unknown> {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES') {
    return new StartRefused('serve.portForbidden', { port: String(port) });
  }
  if (code !== 'EADDRINUSE') return error;
  if (await isCongressDeskOn(port))
    return alreadyRunning(
      port,
      runningHosts(workspaceDir).find((r) => r.port === port),
    );
  return new StartRefused('serve.portTaken', { port: String(port), next: String(port + 1) });
}

/** Leaves this host's record in the workspace while it runs, naming the congress file it holds. */
export function announceRunning(engine: Engine, port: number, workspaceDir: string): () => void {
  const record = recordRunningHost(workspaceDir, {
    port,
    file: engine.state().congress?.path ?? null,
    startedAt: new Date().toISOString(),
  });
  const stop = engine.on((name, payload) => {
    if (name === 'congress:changed') record.update((payload as EventPayload<'congress:changed'>).congress?.path ?? null);
  });
  return () => {
    stop();
    record.remove();
  };
}

/** When start-up could not reopen the last congress because a running Congress Desk holds it: where that one is. */
export function heldFileLines(problem: AppErrorData | null, workspaceDir: string): string[] {
  const path = (problem?.details as { congressPath?: unknown } | undefined)?.congressPath;
  const host = problem?.code === 'FILE_LOCKED' && typeof path === 'string' ? hostHolding(workspaceDir, path) : undefined;
  if (!host) return [];
  const where = { address: hostAddress(host.port), pid: String(host.pid) }; // a process number, not a quantity: no digit grouping
  return [...LOCALES.map((locale) => `  ${t(locale, 'file.heldByHost', where)}`), ''];
}
