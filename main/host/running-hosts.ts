/**
 * Which Congress Desk hosts run on this machine, so a second one (or a CLI command on the file the
 * first holds) can say where the running one is instead of failing on a busy port or a locked file.
 * Each running host leaves `running/<pid>.json` in the workspace: its port, its pid and the congress
 * file it holds, never its tokens (SECURITY.md: the token is the operator's key). A record whose
 * process has died (a crash, a SIGKILL) is ignored and removed by the next reader.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { running } from '../files/partials';
import { WRONG_TOKEN_KEY } from './replies';

export interface RunningHostRecord {
  pid: number;
  port: number;
  /** The congress file it holds open, or null while none is open. */
  file: string | null;
  startedAt: string;
}

const folder = (workspaceDir: string) => join(workspaceDir, 'running');

export const hostAddress = (port: number) => `http://127.0.0.1:${port}`;

/** Writes (and rewrites, when the open file changes) this process's record; returns its remover. */
export function recordRunningHost(
  workspaceDir: string,
  record: Omit<RunningHostRecord, 'pid'>,
): { update(file: string | null): void; remove(): void } {
  const dir = folder(workspaceDir);
  const path = join(dir, `${process.pid}.json`);
  let current: RunningHostRecord = { ...record, pid: process.pid };
  const write = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(current), { mode: 0o600 });
    renameSync(`${path}.tmp`, path); // atomic: a reader never sees half a record
  };
  write();
  return {
    update(file) {
      current = { ...current, file };
      write();
    },
    remove: () => rmSync(path, { force: true }),
  };
}

/** The hosts whose process still runs, from this workspace's records. */
export function runningHosts(workspaceDir: string): RunningHostRecord[] {
  let names: string[];
  try {
    names = readdirSync(folder(workspaceDir)).filter((n) => /^\d+\.json$/.test(n));
  } catch {
    return [];
  }
  const found: RunningHostRecord[] = [];
  for (const name of names) {
    const path = join(folder(workspaceDir), name);
    try {
      const r = JSON.parse(readFileSync(path, 'utf8')) as RunningHostRecord;
      if (r.pid === process.pid) continue;
      if (Number.isInteger(r.pid) && running(r.pid)) found.push(r);
      else rmSync(path, { force: true });
    } catch {
      // being written or damaged: not a host we can name
    }
  }
  return found;
}

/**
 * Whether what answers on the port is a Congress Desk host: an /api call without a token is refused
 * with our own message (a harmless request: nothing runs without the token).
 */
export function isCongressDeskOn(port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolveProbe) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/app:state', timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body = (body + c).slice(0, 4096)));
      res.on('end', () => {
        try {
          const parsed = JSON.parse(body) as { ok?: boolean; error?: { key?: string } };
          resolveProbe(res.statusCode === 401 && parsed.ok === false && parsed.error?.key === WRONG_TOKEN_KEY);
        } catch {
          resolveProbe(false);
        }
      });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolveProbe(false));
    req.end();
  });
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The running host (of this workspace) that holds `file`, compared by where the file really is, not how it is spelt. */
export function hostHolding(workspaceDir: string, file: string): RunningHostRecord | undefined {
  return runningHosts(workspaceDir).find((r) => r.file !== null && samePath(r.file, file));
}
