/**
 * The engine in a process of its own (main/engine-process): a real Node child running the entry
 * the desktop app's utility process runs, on a real congress file, driven through the proxy main
 * holds. Commands answer, events keep their order and stamps, a retried request runs once, and a
 * killed process loses nothing it acknowledged: the restarted one reopens the same file.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineProxy } from '../../../main/engine-process/engine-proxy';
import { isConnectionLost, localCaller, newRequestId } from '../../../shared/contract/envelope';
import type { Result } from '../../../shared/contract/result';
import { endEngineProcesses, engineChildOf, forkEngineProcess, killAndWait, nextStatus } from '../../helpers/engine-child-process';
import { officialDelegate } from '../ballots/ballot-setup';

let dir: string;
let children: ChildProcess[];
let proxy: EngineProxy | null;
const operator = { caller: localCaller('operator') };

function startProxy(maxRestarts = 3, workspaceDir = dir): Promise<EngineProxy> {
  return EngineProxy.start({
    spawn: () => {
      const child = forkEngineProcess();
      children.push(child);
      return engineChildOf(child);
    },
    start: { workspaceDir, rememberRecent: false },
    maxRestarts,
  });
}

async function congressWithDelegates(p: EngineProxy, n: number): Promise<string> {
  const path = join(dir, 'dai-hoi.congress');
  expect((await p.invoke('congress:create', { name: 'Đại hội thử', path })).ok).toBe(true);
  for (let i = 1; i <= n; i++) expect((await p.invoke('delegates:create', officialDelegate(i))).ok).toBe(true);
  return path;
}

beforeEach(() => {
  // The proxy logs each death and restart, as it should in the app; here they are what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  dir = mkdtempSync(join(tmpdir(), 'congress-engine-process-'));
  children = [];
  proxy = null;
});

afterEach(() => endEngineProcesses(proxy, children, dir));

describe('the engine process behind the proxy', () => {
  it('answers commands, and hands on events in order with their stamps, before the answer', async () => {
    proxy = await startProxy();
    const seen: { name: string; seq: number; runId: string }[] = [];
    proxy.on((name, _payload, stamp) => seen.push({ name, ...stamp }));
    const path = await congressWithDelegates(proxy, 2);
    expect(proxy.openPath).toBe(path);
    const before = seen.length;
    let eventsAtAnswer = -1;
    const answered = proxy.invoke('checkin:scan', { code: 'DB001' }).then((r) => {
      eventsAtAnswer = seen.length;
      return r;
    });
    expect((await answered).ok).toBe(true);
    expect(seen.slice(before).map((e) => e.name)).toContain('attendance:changed');
    expect(eventsAtAnswer).toBe(seen.length); // the command's events had all arrived when it answered
    expect(seen.map((e) => e.seq)).toEqual(seen.map((_, i) => seen[0]!.seq + i));
    expect(new Set(seen.map((e) => e.runId)).size).toBe(1);
    const state = await proxy.state();
    expect(state.congress?.path).toBe(path);
    expect(await proxy.invoke('delegates:search', { query: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers a request retried under the same id once, with the first answer', async () => {
    proxy = await startProxy();
    await congressWithDelegates(proxy, 1);
    const envelope = { ...operator, requestId: newRequestId() };
    const [first, again] = await Promise.all([
      proxy.invoke('checkin:scan', { code: 'DB001' }, envelope),
      proxy.invoke('checkin:scan', { code: 'DB001' }, envelope),
    ]);
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const summary = await proxy.invoke('attendance:summary', {});
    expect(summary).toMatchObject({ ok: true, value: { present: 1 } });
  });

  it('killed mid-run: calls in flight answer "connection lost", a new process reopens the file with every acknowledged check-in', async () => {
    proxy = await startProxy();
    const scans = 300; // enough that the process is still working through them when it is killed
    const path = await congressWithDelegates(proxy, scans);
    const first = children[0]!;
    const lost = nextStatus(proxy, 'lost');
    const restored = nextStatus(proxy, 'restored');
    const acknowledged: string[] = [];
    let killed: Promise<void> | null = null;
    const answers: Promise<Result<unknown>>[] = [];
    for (let i = 1; i <= scans; i++) {
      const code = officialDelegate(i).code!;
      answers.push(
        proxy.invoke('checkin:scan', { code }, { ...operator, requestId: newRequestId() }).then((r) => {
          if (r.ok) acknowledged.push(code);
          if (acknowledged.length === 1) killed ??= killAndWait(first); // SIGKILL at once: no clean close
          return r;
        }),
      );
    }
    const results = await Promise.all(answers);
    await killed;
    expect(await lost).toMatchObject({ kind: 'lost' });
    const failed = results.filter((r) => !r.ok);
    expect(failed.length).toBeGreaterThan(0); // some were still in flight when the process died
    for (const r of failed) {
      if (r.ok) continue;
      expect(r.error.code).toBe('INTERNAL');
      expect(isConnectionLost(r.error)).toBe(true); // the window's client retries these under the same id
      expect(r.error.details).toMatchObject({ engine: 'stopped' });
    }
    expect(await restored).toMatchObject({ kind: 'restored', reopened: path, problem: null });
    expect(children).toHaveLength(2);
    expect((await proxy.state()).congress?.path).toBe(path); // the dead process's lock went with it
    for (const code of acknowledged) {
      expect(await proxy.invoke('checkin:scan', { code }), code).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_IN' } });
    }
    const summary = await proxy.invoke('attendance:summary', {});
    expect(summary.ok && (summary.value as { present: number }).present).toBeGreaterThanOrEqual(acknowledged.length);
  });

  it('a call made while the process restarts waits for it and runs in the reopened file', async () => {
    proxy = await startProxy();
    await congressWithDelegates(proxy, 1);
    const restored = nextStatus(proxy, 'restored');
    await killAndWait(children[0]!);
    const during = await proxy.invoke('checkin:scan', { code: 'DB001' });
    expect(during.ok).toBe(true);
    await restored;
  });

  it('stops restarting a process that keeps dying, and says so to every call', async () => {
    proxy = await startProxy(1);
    await congressWithDelegates(proxy, 1);
    const restored = nextStatus(proxy, 'restored');
    await killAndWait(children[0]!);
    await restored;
    const stopped = nextStatus(proxy, 'stopped');
    await killAndWait(children[1]!);
    expect(await stopped).toMatchObject({ kind: 'stopped', error: { code: 'INTERNAL', details: { engine: 'gaveUp' } } });
    const r = await proxy.invoke('app:state', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { engine: 'gaveUp' } } });
    expect(children).toHaveLength(2);
  });

  it('closes cleanly: the congress closed, the process ended, the file free for another process', async () => {
    proxy = await startProxy();
    const path = await congressWithDelegates(proxy, 1);
    await proxy.close();
    expect(children[0]!.exitCode !== null || children[0]!.signalCode !== null).toBe(true);
    expect(await proxy.invoke('app:state', {})).toMatchObject({ ok: false, error: { details: { engine: 'closed' } } });
    const next = await startProxy();
    expect((await next.invoke('congress:open', { path })).ok).toBe(true);
    await next.close();
  });

  it('restarted, a file that will not reopen (moved meanwhile): the windows hear that nothing is open', async () => {
    proxy = await startProxy();
    const path = await congressWithDelegates(proxy, 1);
    const changes: (string | null)[] = [];
    proxy.on((name, payload) => {
      if (name === 'congress:changed') changes.push((payload as { congress: { path: string } | null }).congress?.path ?? null);
    });
    const restored = nextStatus(proxy, 'restored');
    await killAndWait(children[0]!);
    renameSync(path, `${path}.moved`); // before the new process (still starting) reopens it
    const status = await restored;
    expect(status).toMatchObject({ kind: 'restored', reopened: null, problem: { code: 'FILE_NOT_FOUND' } });
    expect(changes).toEqual([null]);
    expect(proxy.openPath).toBeNull();
    expect((await proxy.state()).congress).toBeNull();
  });

  it('refuses to start on options the engine cannot use, and ends that process', async () => {
    await expect(startProxy(3, '')).rejects.toThrow(/workspaceDir/);
    await vi.waitFor(() => expect(children[0]!.exitCode !== null || children[0]!.signalCode !== null).toBe(true));
  });
});
