import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setClient } from '../../renderer/app/client-instance';
import { createClient } from '../../renderer/client/client';
import { OperatorApp } from '../../renderer/operator/operator-app';
import { getInitialAppState, useApp } from '../../renderer/app/app-store';
import { Engine } from '../../main/engine/engine';
import { engineBridge } from '../helpers/engine-bridge';
import { type TempEngine, tempEngine } from '../helpers/temp-engine';
import { congressWith } from '../integration/ballots/ballot-setup';
import { unmountThenDispose } from './engine-teardown';

/**
 * The home screen after a start-up that could not reopen the last congress (here: a second
 * Congress Desk holds it): it says which file and why, opens nothing in its place, and offers the
 * file itself and its newest usable copy.
 */
let t: TempEngine;
let engine: Engine;
let holder: ChildProcess;
let congress = '';

beforeEach(async () => {
  t = tempEngine();
  congress = t.file('c.congress');
  await congressWith(t, 3, 2);
  await t.engine.call('backups:create', {});
  t.engine.close();
  holder = fork(join(import.meta.dirname, '../helpers/hold-congress.ts'), [congress], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve) => holder.once('message', () => resolve()));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  engine = new Engine({ workspaceDir: t.file('workspace') });
  engine.startUp();
  const info = await engine.call('app:state', {});
  useApp.setState({ ...getInitialAppState(), loaded: true, app: info, congress: info.congress });
  setClient(createClient(engineBridge(engine)));
});
afterEach(async () => {
  holder.kill('SIGKILL');
  if (holder.exitCode === null && holder.signalCode === null) await new Promise((r) => holder.once('exit', r));
  engine.close();
  unmountThenDispose(t);
});

describe('home screen after a start-up that could not reopen the last congress', () => {
  it('says which file and why, with the demo not opened; the newest copy opens beside the file', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    const alert = screen.getByRole('alert', { name: 'Không mở lại được đại hội lần trước' });
    expect(alert).toHaveTextContent(
      `Không mở lại được đại hội lần trước «${congress}»: tệp đang được mở ở một Congress Desk khác đang chạy`,
    );
    expect(alert).toHaveTextContent('đại hội mẫu không được mở thay');
    expect(existsSync(t.file('workspace/demo.congress'))).toBe(false);
    await user.click(within(alert).getByRole('button', { name: 'Mở bản sao lưu gần nhất' }));
    await waitFor(() => expect(useApp.getState().congress?.path).toMatch(/c \(khoi phuc .*\)\.congress$/));
    expect(screen.queryByRole('alert', { name: 'Không mở lại được đại hội lần trước' })).toBeNull();
  });

  it('offers the file itself: once the other Congress Desk has quit, it opens', async () => {
    const user = userEvent.setup();
    render(<OperatorApp />);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const alert = screen.getByRole('alert', { name: 'Không mở lại được đại hội lần trước' });
    await user.click(within(alert).getByRole('button', { name: 'Mở tệp c.congress' }));
    await waitFor(() => expect(useApp.getState().congress?.path).toBe(congress));
    expect(screen.queryByRole('alert', { name: 'Không mở lại được đại hội lần trước' })).toBeNull();
  });
});
