import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useFakeDocuments } from './fake-documents';
import { startApp } from '../../../main/electron/lifecycle';

vi.mock('electron', () => import('./fake-electron'));

/**
 * The desktop app at start-up (main/electron/lifecycle.ts → Engine.startUp): a last congress held
 * by another running Congress Desk is not replaced by the demo; the window opens on the home
 * screen, whose state says why (startupProblem).
 */
describe('startApp with a last congress that will not reopen', { timeout: 30_000 }, () => {
  const docs = useFakeDocuments('congress-start-');
  let holder: ChildProcess | null = null;
  afterEach(async () => {
    holder?.kill('SIGKILL');
    if (holder && holder.exitCode === null && holder.signalCode === null) await new Promise((r) => holder!.once('exit', r));
    holder = null;
  });

  it('held by another process: nothing opens, not the demo; the problem is in the state the window reads', async () => {
    const last = docs.earlierCongress('Đang mở nơi khác');
    holder = fork(join(import.meta.dirname, '../../helpers/hold-congress.ts'), [last], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => holder!.once('message', () => resolve()));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const running = await startApp({ root: '/app' });
    const state = await running!.engine.state();
    expect(state.congress).toBeNull();
    expect(state.startupProblem).toMatchObject({ code: 'FILE_LOCKED', details: { congressPath: last } });
    expect(existsSync(join(docs.workspace, 'demo.congress'))).toBe(false);
  });
});
