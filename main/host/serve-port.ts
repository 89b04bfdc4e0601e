/**
 * The port of `npm run serve` (PORT, default 4870; PORT=0 picks a free one) and what to say when it
 * is taken: by the Congress Desk already running (its address, from its record in the workspace or
 * recognised by its answer), or by some other program (README "Other commands").
 */
import type { EventPayload } from '../../shared/contract/channels';
import type { AppErrorData } from '../../shared/contract/result';
import { LOCALES, t } from '../../shared/i18n/translator';
import type { Engine } from '../engine/engine';
import { hostAddress, hostHolding, isCongressDeskOn, recordRunningHost, type RunningHostRecord, runningHosts } from './running-hosts';

export const DEFAULT_PORT = 4870;

/** A refusal to start, with the message to print; nothing was opened or changed. */
export class StartRefused extends Error {
  constructor(vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.name = 'StartRefused';
  }
}

export function portFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PORT?.trim();
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new StartRefused(
      `PORT phải là một số cổng từ 0 đến 65535 (0: tự chọn cổng trống), nhận «${text}».`,
      `PORT must be a port number from 0 to 65535 (0 picks a free one), got "${text}".`,
    );
  }
  return port;
}

const anotherPort = (port: number) => ({
  vi: `Muốn chạy thêm một bản: PORT=0 npm run serve (tự chọn cổng trống) hoặc PORT=${port + 1} npm run serve.`,
  en: `To run one more: PORT=0 npm run serve (picks a free port) or PORT=${port + 1} npm run serve.`,
});

function alreadyRunning(port: number, record: RunningHostRecord | undefined): StartRefused {
  const at = hostAddress(port);
  const who = record ? ` (tiến trình ${record.pid}${record.file ? `, tệp «${record.file}»` : ''})` : '';
  const whoEn = record ? ` (process ${record.pid}${record.file ? `, file "${record.file}"` : ''})` : '';
  const more = anotherPort(port);
  return new StartRefused(
    `Congress Desk đã đang chạy ở ${at}${who}. Hãy mở địa chỉ có «?token=…» mà nó đã in ra, hoặc dừng nó (Ctrl+C) trước. ${more.vi}`,
    `Congress Desk is already running at ${at}${whoEn}. Open the address with "?token=…" it printed, or stop it (Ctrl+C) first. ${more.en}`,
  );
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
    return new StartRefused(
      `Không được phép dùng cổng ${port} trên máy này. Hãy chọn cổng khác (PORT=0 để tự chọn).`,
      `Port ${port} is not allowed on this machine. Pick another (PORT=0 picks a free one).`,
    );
  }
  if (code !== 'EADDRINUSE') return error;
  if (await isCongressDeskOn(port))
    return alreadyRunning(
      port,
      runningHosts(workspaceDir).find((r) => r.port === port),
    );
  const more = anotherPort(port);
  return new StartRefused(
    `Cổng ${port} đang bị một chương trình khác (không phải Congress Desk) dùng. ${more.vi}`,
    `Port ${port} is taken by another program (not Congress Desk). ${more.en}`,
  );
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
